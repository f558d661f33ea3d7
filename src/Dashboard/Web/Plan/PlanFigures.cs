using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Plan;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Plan;

/// <summary>
/// Everything the Plan de Desarrollo page and the follow-up report show for one year at one cut-off, measured by the
/// engine (the same figures as <c>./indicadores medir --indicador PD-EF</c>): the plan, its lines, programs and
/// dependencies, each goal, and the critical routes.
/// </summary>
public sealed record PlanFigures(
    int Year, Period Period, DateOnly CutOff, Panel Plan, Panel ByLine, Panel ByProgram, Panel ByDependency, Panel ByGoal,
    IReadOnlyList<GoalSeries> Goals, IReadOnlyList<CriticalRoute> Critical)
{
    public static readonly IndicatorCode[] Codes = [IndicatorCode.PlanEfficacy, IndicatorCode.PlanYearProgress, IndicatorCode.PlanFourYearProgress, IndicatorCode.PlanGoalsProgrammed];

    /// <summary>The requests behind the figures, so a page can run them through its cache.</summary>
    public static IReadOnlyList<MeasurementRequest> Requests(int year, DateOnly cutOff, string? dependency)
    {
        var period = YearOf(year);
        var filters = dependency is null ? null : new[] { new SliceFilter(SliceName.Dependency, dependency) };
        return
        [
            new(period, cutOff, Codes, [], filters),
            new(period, cutOff, Codes, [SliceName.StrategicLine], filters, ComparePrevious: false),
            new(period, cutOff, Codes, [SliceName.Program], filters, ComparePrevious: false),
            new(period, cutOff, Codes, [SliceName.Dependency], filters, ComparePrevious: false),
            CriticalRoutes.ByGoal(period, cutOff, filters),
        ];
    }

    /// <summary>The figures from the panels of <see cref="Requests"/> (in that order); null when any was refused.</summary>
    public static PlanFigures? From(int year, DateOnly cutOff, IReadOnlyList<Panel?> panels, IReadOnlyList<GoalSeries> goals)
    {
        if (panels.Any(p => p is null))
            return null;
        var period = YearOf(year);
        return new PlanFigures(year, period, cutOff, panels[0]!, panels[1]!, panels[2]!, panels[3]!, panels[4]!, goals,
            CriticalRoutes.From(panels[4]!, goals, period, cutOff));
    }

    /// <summary>The figures measured straight from the warehouse (a report: no page cache), of one dependency's goals or all.</summary>
    public static PlanFigures Measure(Warehouse warehouse, Targets targets, int year, DateOnly cutOff, string? dependency = null) =>
        From(year, cutOff, Requests(year, cutOff, dependency).Select(r => (Panel?)IndicatorPanel.Measure(warehouse, r, targets)).ToList(),
            PlanGoalSeries.Read(warehouse, dependency))!;

    public static Period YearOf(int year) => Period.Of(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The plan's result for one indicator (no slice).</summary>
    public IndicatorResult? Of(IndicatorCode code) => Plan.Results.FirstOrDefault(r => r.Code == code);

    /// <summary>The PD-EF of each goal, by goal id.</summary>
    public IReadOnlyDictionary<string, IndicatorResult> EfficacyByGoal =>
        ByGoal.Results.Where(r => r.Code == IndicatorCode.PlanEfficacy).ToDictionary(r => r.SliceValueOf(SliceName.Goal)!, StringComparer.Ordinal);

    public bool HasGoals => Plan.Results.Any(r => r.Code == IndicatorCode.PlanGoalsProgrammed && r.Current.Numerator > 0) || Goals.Count > 0;

    /// <summary>Line → program → goal boxes for the treemap, goals of the figures' slices only (a dependency filter applies).</summary>
    public IReadOnlyList<PlanNode> Tree()
    {
        var byGoal = EfficacyByGoal;
        var lines = Band(ByLine, SliceName.StrategicLine);
        var programs = Band(ByProgram, SliceName.Program);
        var shown = Goals.Where(g => byGoal.ContainsKey(g.Code)).ToList();
        var nodes = new List<PlanNode>();
        foreach (var line in shown.GroupBy(g => g.Line).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lineId = "L|" + line.Key;
            var (lineBand, lineValue) = lines.GetValueOrDefault(line.Key);
            nodes.Add(new PlanNode(lineId, "", line.Key, line.Count(), lineBand, $"{IndicatorCode.PlanEfficacy} {Percent(lineValue)}"));
            foreach (var program in line.GroupBy(g => g.Program).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var programId = lineId + "|P|" + program.Key;
                var (programBand, programValue) = programs.GetValueOrDefault(program.Key);
                nodes.Add(new PlanNode(programId, lineId, program.Key, program.Count(), programBand, $"{IndicatorCode.PlanEfficacy} {Percent(programValue)}"));
                foreach (var goal in program.OrderBy(g => g.Code, StringComparer.Ordinal))
                {
                    var result = byGoal[goal.Code];
                    nodes.Add(new PlanNode("G|" + goal.Code, programId, goal.Code, 1, result.Band,
                        $"{Clip(goal.Text)}<br>{IndicatorCode.PlanEfficacy} {Percent(result.Value)} · {goal.Dependency}"));
                }
            }
        }
        return nodes;
    }

    public static string Percent(double? value) => Panels.IndicatorText.Value(Indicators.Catalogue.IndicatorUnit.Proportion, value);

    private static Dictionary<string, (string? Band, double? Value)> Band(Panel panel, SliceName slice) =>
        panel.Results.Where(r => r.Code == IndicatorCode.PlanEfficacy).ToDictionary(r => r.SliceValueOf(slice)!, r => (r.Band, r.Value), StringComparer.Ordinal);

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
