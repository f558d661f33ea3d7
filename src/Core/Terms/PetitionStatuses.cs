namespace IndicadoresServicio.Core.Terms;

/// <summary>The status rule of the contract, and the codes and Spanish names of the statuses.</summary>
public static class PetitionStatuses
{
    /// <summary>
    /// The status at <paramref name="cutOff"/>. An answer given after the cut-off did not exist yet at the
    /// cut-off, so the petition counts as unanswered then. A petition without a due date has no term.
    /// </summary>
    public static PetitionStatus StatusAt(DateOnly? effectiveDueOn, DateOnly? answeredOn, DateOnly cutOff)
    {
        if (effectiveDueOn is not { } due)
            return PetitionStatus.SinTermino;
        if (answeredOn is { } answered && answered <= cutOff)
            return answered <= due ? PetitionStatus.Oportuno : PetitionStatus.NoOportuno;
        return cutOff <= due ? PetitionStatus.ATiempo : PetitionStatus.Vencido;
    }

    public static string Code(PetitionStatus status) => status switch
    {
        PetitionStatus.Oportuno => "oportuno",
        PetitionStatus.NoOportuno => "no_oportuno",
        PetitionStatus.ATiempo => "a_tiempo",
        PetitionStatus.Vencido => "vencido",
        PetitionStatus.SinTermino => "sin_termino",
        _ => throw Unknown(status),
    };

    public static string SpanishName(PetitionStatus status) => status switch
    {
        PetitionStatus.Oportuno => "Oportuno",
        PetitionStatus.NoOportuno => "No oportuno",
        PetitionStatus.ATiempo => "A tiempo (pendiente en término)",
        PetitionStatus.Vencido => "Vencido",
        PetitionStatus.SinTermino => "Sin término",
        _ => throw Unknown(status),
    };

    private static ArgumentOutOfRangeException Unknown(PetitionStatus status) =>
        new(nameof(status), $"Estado de petición desconocido ({(int)status}).");
}
