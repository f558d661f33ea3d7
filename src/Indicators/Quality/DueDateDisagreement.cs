namespace IndicadoresServicio.Indicators.Quality;

/// <summary>A petition whose due date in the source system differs from the one computed here (Ley 1755, entity calendar).</summary>
public sealed class DueDateDisagreement
{
    public string Radicado { get; init; } = "";
    public string Entity { get; init; } = "";
    public string Dependency { get; init; } = "";
    public DateOnly FiledOn { get; init; }
    public DateOnly OurDue { get; init; }
    public DateOnly TheirDue { get; init; }
    /// <summary>Theirs minus ours, in calendar days: positive when the source gives more time.</summary>
    public long CalendarDays { get; init; }
    /// <summary>Theirs minus ours, in national business days (the entity's own closures are not in this count).</summary>
    public long? BusinessDays { get; init; }
}

/// <summary>The disagreements shown (at most a page) and how many there are in all.</summary>
public sealed record DisagreementList(IReadOnlyList<DueDateDisagreement> Rows, long Total)
{
    public static DisagreementList None { get; } = new([], 0);
}
