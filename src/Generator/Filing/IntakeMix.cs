using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Filing;

/// <summary>The mix of petition types and petitioners every source shares (roughly what Colombian alcaldías report).</summary>
internal static class IntakeMix
{
    public static WeightedChoice<PetitionType> Types { get; } = new(
    [
        (PetitionType.Peticion, 58.5),
        (PetitionType.Informacion, 15.5),
        (PetitionType.Queja, 8),
        (PetitionType.Reclamo, 8),
        (PetitionType.Denuncia, 3),
        (PetitionType.Sugerencia, 2),
        (PetitionType.Consulta, 3),
        (PetitionType.Felicitacion, 1),
    ]);

    /// <summary>Denuncias are often anonymous; companies rarely congratulate.</summary>
    public static PetitionerType Petitioner(PetitionType type, DeterministicRandom random)
    {
        var anonymous = type switch
        {
            PetitionType.Denuncia => 0.35,
            PetitionType.Queja => 0.06,
            _ => 0.02,
        };
        var company = type == PetitionType.Felicitacion ? 0.03 : 0.09;
        var u = random.NextDouble();
        if (u < anonymous)
            return PetitionerType.Anonimo;
        if (u < anonymous + company)
            return PetitionerType.Juridica;
        if (u < anonymous + company + 0.01)
            return PetitionerType.NinoNinaAdolescente;
        return PetitionerType.Natural;
    }
}
