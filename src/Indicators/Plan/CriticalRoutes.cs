using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Indicators.Plan;

/// <summary>A goal lagging at the cut-off: its PD-EF (from the engine), what was programmed and achieved by then, and the gap.</summary>
public sealed record CriticalRoute(GoalSeries Goal, double Efficacy, double Programmed, double Achieved, IReadOnlyList<GoalPeriodValue> Trend)
{
    /// <summary>What is missing to be on schedule, in the goal's unit.</summary>
    public double Gap => Math.Max(0, Programmed - Achieved);

    public string Band(PerformanceBands bands) => bands.Of(Efficacy)!;
}

/// <summary>
/// The rutas críticas of the mayor's office (seed 000): goals whose PD-EF at the cut-off is under 60 %, worst first,
/// each with its responsible dependency, programmed against achieved, the gap and its quarter-by-quarter trend.
/// </summary>
public static class CriticalRoutes
{
    public static IReadOnlyList<CriticalRoute> List(Warehouse.Warehouse warehouse, Period period, DateOnly cutOff, string? dependency = null)
    {
        var filters = dependency is null ? null : new[] { new SliceFilter("dependencia", dependency) };
        var panel = IndicatorPanel.Measure(warehouse,
            new MeasurementRequest(period, cutOff, [PlanIndicators.Efficacy.Code], ["meta"], filters, ComparePrevious: false), Targets.Defaults);
        var lagging = panel.Results
            .Where(r => r.Value is < PlanIndicators.CriticalEfficacy)
            .ToDictionary(r => r.SliceValueOf("meta")!, r => r.Value!.Value, StringComparer.Ordinal);
        return PlanGoalSeries.Read(warehouse, dependency)
            .Where(g => lagging.ContainsKey(g.Code))
            .Select(g => new CriticalRoute(g, lagging[g.Code], g.ProgrammedDue(period.From, period.To, cutOff), g.AchievedDue(period.From, period.To, cutOff),
                g.Due(period.From, period.To, cutOff).ToList()))
            .OrderBy(r => r.Efficacy).ThenByDescending(r => r.Programmed == 0 ? 0 : r.Gap / r.Programmed).ThenBy(r => r.Goal.Code, StringComparer.Ordinal)
            .ToList();
    }
}
