using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>Counts petitions per status at the run's cut-off, for the load's report.</summary>
internal sealed class PetitionStatusCounter
{
    private readonly Dictionary<PetitionStatus, long> _counts = Enum.GetValues<PetitionStatus>().ToDictionary(s => s, _ => 0L);

    public static PetitionStatusCounter Empty() => new();

    public void Add(PetitionStatus status) => _counts[status]++;

    public IReadOnlyDictionary<PetitionStatus, long> ToDictionary() => new Dictionary<PetitionStatus, long>(_counts);
}
