namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// An open petition to act on: due within the alert window or already overdue at the cut-off.
/// <see cref="BusinessDaysLeft"/> is 0 on the due date itself and negative once overdue.
/// </summary>
public sealed record PetitionAlert(
    string Entity,
    string Dependency,
    string Radicado,
    string Type,
    DateOnly FiledOn,
    DateOnly DueOn,
    int BusinessDaysLeft)
{
    public bool IsOverdue => BusinessDaysLeft < 0;
}
