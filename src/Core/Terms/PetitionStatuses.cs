namespace IndicadoresServicio.Core.Terms;

/// <summary>
/// The status rule of the contract, and the one vocabulary of the statuses: their codes (<see cref="Code"/>, which
/// the warehouse's <c>petition_status(...)</c> returns too: migration 0008, a DuckDB macro and a PostgreSQL
/// function, checked against <see cref="StatusAt(int?, DateOnly?, DateOnly?, DateOnly)"/> by a test) and their
/// Spanish wording. The panel's measures (sql/indicators/petition_measures.sql) count the same statuses from
/// <c>outcome_code</c> for speed; a test compares the listing's per-status counts with the panel's.
/// </summary>
public static class PetitionStatuses
{
    /// <summary>
    /// The status at <paramref name="cutOff"/>. An answer given after the cut-off did not exist yet at the
    /// cut-off, so the petition counts as unanswered then. A petition without a term (<paramref name="termDays"/>
    /// null: felicitaciones) has no status; one with a term but no due date is bad data.
    /// </summary>
    public static PetitionStatus StatusAt(int? termDays, DateOnly? effectiveDueOn, DateOnly? answeredOn, DateOnly cutOff)
    {
        if (termDays is null)
            return PetitionStatus.SinTermino;
        if (effectiveDueOn is not { } due)
            return PetitionStatus.SinVencimiento;
        if (answeredOn is { } answered && answered <= cutOff)
            return answered <= due ? PetitionStatus.Oportuno : PetitionStatus.NoOportuno;
        return cutOff <= due ? PetitionStatus.ATiempo : PetitionStatus.Vencido;
    }

    /// <summary>
    /// The same rule for a petition whose due date, when it has one, comes from its term, as the ETL computes it:
    /// without a due date it has no term.
    /// </summary>
    public static PetitionStatus StatusAt(DateOnly? effectiveDueOn, DateOnly? answeredOn, DateOnly cutOff) =>
        StatusAt(effectiveDueOn is null ? null : 0, effectiveDueOn, answeredOn, cutOff);

    public static string Code(PetitionStatus status) => status switch
    {
        PetitionStatus.Oportuno => "oportuno",
        PetitionStatus.NoOportuno => "no_oportuno",
        PetitionStatus.ATiempo => "a_tiempo",
        PetitionStatus.Vencido => "vencido",
        PetitionStatus.SinTermino => "sin_termino",
        PetitionStatus.SinVencimiento => "sin_vencimiento",
        _ => throw Unknown(status),
    };

    /// <summary>The status whose <see cref="Code"/> is <paramref name="code"/>, or null.</summary>
    public static PetitionStatus? FromCode(string code) =>
        Enum.GetValues<PetitionStatus>().Cast<PetitionStatus?>().FirstOrDefault(s => Code(s!.Value) == code);

    public static string SpanishName(PetitionStatus status) => status switch
    {
        PetitionStatus.Oportuno => "Oportuno",
        PetitionStatus.NoOportuno => "No oportuno",
        PetitionStatus.ATiempo => "A tiempo (pendiente en término)",
        PetitionStatus.Vencido => "Vencido",
        PetitionStatus.SinTermino => "Sin término",
        PetitionStatus.SinVencimiento => "Sin fecha de vencimiento",
        _ => throw Unknown(status),
    };

    /// <summary>The status as a petition's row says it in a listing (the drill-down behind a figure).</summary>
    public static string Description(PetitionStatus status) => status switch
    {
        PetitionStatus.Oportuno => "Respondida a tiempo",
        PetitionStatus.NoOportuno => "Respondida fuera de término",
        PetitionStatus.ATiempo => "Sin respuesta, en término",
        PetitionStatus.Vencido => "Vencida sin respuesta",
        PetitionStatus.SinTermino => "Sin término (felicitación)",
        PetitionStatus.SinVencimiento => "Sin fecha de vencimiento",
        _ => throw Unknown(status),
    };

    private static ArgumentOutOfRangeException Unknown(PetitionStatus status) =>
        new(nameof(status), $"Estado de petición desconocido ({(int)status}).");
}
