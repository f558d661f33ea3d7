namespace IndicadoresServicio.Core.Terms;

/// <summary>Response terms in business days, counted from the day after receipt.</summary>
public static class LegalTerms
{
    // Decreto 491 de 2020 applied from 2020-03-28; Ley 2207 de 2022 restored the ordinary terms for filings
    // from 2022-05-17.
    private static readonly DateOnly Decree491From = new(2020, 3, 28);
    private static readonly DateOnly Decree491Until = new(2022, 5, 16);

    public static TermRegime RegimeFor(DateOnly filedOn) =>
        filedOn >= Decree491From && filedOn <= Decree491Until ? TermRegime.Decree491 : TermRegime.Ordinary;

    /// <summary>The initial term N; null for felicitaciones, which have none and are never overdue.</summary>
    public static int? TermDays(PetitionType type, DateOnly filedOn)
    {
        var decree491 = RegimeFor(filedOn) == TermRegime.Decree491;
        return type switch
        {
            PetitionType.Peticion or PetitionType.Queja or PetitionType.Reclamo
                or PetitionType.Sugerencia or PetitionType.Denuncia => decree491 ? 30 : 15,
            PetitionType.Informacion => decree491 ? 20 : 10,
            PetitionType.Consulta => decree491 ? 35 : 30,
            PetitionType.Felicitacion => null,
            _ => throw new ArgumentOutOfRangeException(nameof(type), $"Tipo de petición desconocido ({(int)type})."),
        };
    }

    /// <summary>The longest term an extension may reach: twice the initial one (Ley 1755 de 2015, art. 14 parágrafo).</summary>
    public static int? MaxExtendedTermDays(PetitionType type, DateOnly filedOn) => 2 * TermDays(type, filedOn);
}
