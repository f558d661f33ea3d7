using IndicadoresServicio.Warehousing;
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
    public static IReadOnlyList<CriticalRoute> List(Warehouse warehouse, Period period, DateOnly cutOff, string? dependency = null)
    {
        var filters = dependency is null ? null : new[] { new SliceFilter(SliceName.Dependency, dependency) };
        var byGoal = IndicatorPanel.Measure(warehouse, ByGoal(period, cutOff, filters), Targets.Defaults);
        return From(byGoal, PlanGoalSeries.Read(warehouse, dependency), period, cutOff);
    }

    /// <summary>The request whose panel <see cref="From"/> reads: PD-EF per goal, with no comparison.</summary>
    public static MeasurementRequest ByGoal(Period period, DateOnly cutOff, IReadOnlyList<SliceFilter>? filters) =>
        new(period, cutOff, [PlanIndicators.Efficacy.Code], [SliceName.Goal], filters, ComparePrevious: false);

    /// <summary>The critical routes among <paramref name="goals"/>, judged by the PD-EF per goal of <paramref name="byGoal"/>.</summary>
    public static IReadOnlyList<CriticalRoute> From(Panel byGoal, IReadOnlyList<GoalSeries> goals, Period period, DateOnly cutOff)
    {
        var lagging = byGoal.Results
            .Where(r => r.Code == PlanIndicators.Efficacy.Code && r.Value is < PlanIndicators.CriticalEfficacy)
            .ToDictionary(r => r.SliceValueOf(SliceName.Goal)!, r => r.Value!.Value, StringComparer.Ordinal);
        return goals
            .Where(g => lagging.ContainsKey(g.Code))
            .Select(g => new CriticalRoute(g, lagging[g.Code], g.ProgrammedDue(period.From, period.To, cutOff), g.AchievedDue(period.From, period.To, cutOff),
                g.Due(period.From, period.To, cutOff).ToList()))
            .OrderBy(r => r.Efficacy).ThenByDescending(r => r.Programmed == 0 ? 0 : r.Gap / r.Programmed).ThenBy(r => r.Goal.Code, StringComparer.Ordinal)
            .ToList();
    }
}
