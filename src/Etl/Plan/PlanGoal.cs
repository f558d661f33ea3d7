using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>A period's programmed and achieved values; null: not programmed ("NP", blank or 0) or nothing reported.</summary>
public readonly record struct PeriodValues(double? Programmed, double? Achieved);

/// <summary>
/// One product goal of the plan as a row of the workbook gives it, typed. A follow-up file's row carries only
/// <see cref="Code"/> and achieved <see cref="Values"/>; the rest stays null.
/// </summary>
public sealed record PlanGoal(
    long Line,
    string Code,
    string? StrategicLine,
    string? Sector,
    string? Program,
    string? Text,
    string? Indicator,
    string? Unit,
    double? Baseline,
    double? FourYearTarget,
    string Accumulation,
    DependencyNames.Named Dependency,
    double? Weight,
    IReadOnlyDictionary<PlanPeriod, PeriodValues> Values);
