using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Paac;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Paac;

/// <summary>
/// What the PAAC page, the OCI follow-up report and its download show for one vigencia at one cut-off: the engine's
/// PAAC-AV, PAAC-CUMP and PAAC-REZ for the plan, per component and per dependency, the same per component at the
/// vigencia's three cut-offs, the plan's avance across vigencias, and the activities themselves.
/// </summary>
public sealed record PaacFigures(
    int Vigencia,
    DateOnly CutOff,
    Panel Plan,
    Panel ByComponent,
    Panel ByDependency,
    IReadOnlyList<(DateOnly CutOff, Panel Plan, Panel ByComponent)> CutOffs,
    Panel? Trend,
    IReadOnlyList<PaacActivity> Activities)
{
    public static readonly IReadOnlyList<IndicatorCode> Codes = IndicatorCatalogue.CodesOf(Indicators.Paac.PaacSource.Source);

    public bool IsEmpty => Activities.Count == 0;

    public static PaacFigures Measure(Warehouse warehouse, Targets targets, int vigencia, DateOnly cutOff)
    {
        var year = Period.Of(new DateOnly(vigencia, 1, 1), new DateOnly(vigencia, 12, 31));
        Panel At(DateOnly date, params SliceName[] slices) =>
            IndicatorPanel.Measure(warehouse, new MeasurementRequest(year, date, Codes, slices), targets);

        var vigencias = PaacActivities.Vigencias(warehouse);
        Panel? trend = null;
        if (vigencias.Count > 1 && vigencias[0] < vigencia)
            trend = IndicatorPanel.Measure(warehouse, new MeasurementRequest(
                Period.Of(new DateOnly(vigencias[0], 1, 1), new DateOnly(vigencia, 12, 31)), cutOff, [IndicatorCode.PaacProgress], [SliceName.Vigencia], ComparePrevious: false), targets);
        return new PaacFigures(vigencia, cutOff, At(cutOff), At(cutOff, SliceName.Component), At(cutOff, SliceName.Dependency),
            PaacActivities.CutOffs(vigencia).Select(c => (c, At(c), At(c, SliceName.Component))).ToList(),
            trend,
            PaacActivities.At(warehouse, vigencia, cutOff));
    }

    /// <summary>The plan's result of one indicator (PAAC-AV, …).</summary>
    public IndicatorResult PlanResult(IndicatorCode code) => Plan.Results.Single(r => r.Code == code);

    /// <summary>The components of the plan in their order (number, then name), with their activities.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<PaacActivity> Activities)> Components =>
        Activities.GroupBy(a => (a.ComponentNumber, a.Component))
            .OrderBy(g => g.Key.ComponentNumber ?? int.MaxValue).ThenBy(g => g.Key.Component, StringComparer.Ordinal)
            .Select(g => (g.Key.Component, (IReadOnlyList<PaacActivity>)g.ToList()))
            .ToList();

    /// <summary>One component's (or dependency's) result of an indicator in a sliced panel; null when nothing of it was due.</summary>
    public static IndicatorResult? Of(Panel panel, SliceName slice, string member, IndicatorCode code) =>
        panel.Results.FirstOrDefault(r => r.Code == code && r.SliceValueOf(slice) == member);

    /// <summary>Due activities below 100 % (the sin reporte ones included), by component and number.</summary>
    public IReadOnlyList<PaacActivity> Lagging => Activities.Where(a => a.IsLagging).ToList();
}
