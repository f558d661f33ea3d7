namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// The alert list as a page shows it: every dependency's counts (Spanish order), the total, and only the first
/// rows of the full list in its order. Counting happens in the database, so a municipality with hundreds of
/// thousands of overdue petitions still gets a small answer.
/// </summary>
public sealed record AlertSummary(IReadOnlyList<DependencyAlertCount> Dependencies, IReadOnlyList<PetitionAlert> First)
{
    public long Total => Dependencies.Sum(d => d.Total);

    public long Overdue => Dependencies.Sum(d => d.Overdue);
}

/// <summary>One dependency's alerts: overdue ones and those due within the window.</summary>
public sealed record DependencyAlertCount(string Dependency, long Overdue, long DueSoon)
{
    public long Total => Overdue + DueSoon;
}
