using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Load;

/// <summary>Where a load's petitions stream to with the engine's bulk path: staging, or the fact table itself.</summary>
internal abstract class PetitionWriter : IDisposable
{
    public abstract void Write(CanonicalPetition p, string rowHash);

    /// <summary>Flushes everything; rows are visible to the transaction only after this.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
