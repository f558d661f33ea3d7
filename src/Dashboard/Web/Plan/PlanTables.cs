using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Plan;

namespace IndicadoresServicio.Dashboard.Web.Plan;

/// <summary>The plan's tables, defined once for the page, its downloads and the follow-up report.</summary>
public static class PlanTables
{
    /// <summary>PD-EF, PD-AV, PD-CUAT and PD-N of each member of a slice (línea, programa, dependencia), worst PD-EF first.</summary>
    public static ReportTable BySlice(string name, string title, Panel panel, SliceName slice)
    {
        var rows = panel.Results.GroupBy(r => r.SliceValueOf(slice)!)
            .Select(g => g.ToDictionary(r => r.Code))
            .OrderBy(m => m.GetValueOrDefault(IndicatorCode.PlanEfficacy)?.Value ?? double.MaxValue)
            .ThenBy(m => m.Values.First().SliceValueOf(slice), StringComparer.Ordinal)
            .Select(m => (IReadOnlyList<object?>)
            [
                m.Values.First().SliceValueOf(slice),
                Shown(m.GetValueOrDefault(IndicatorCode.PlanEfficacy)),
                PlanBandCell.Cell(m.GetValueOrDefault(IndicatorCode.PlanEfficacy)?.Band),
                Shown(m.GetValueOrDefault(IndicatorCode.PlanYearProgress)),
                Shown(m.GetValueOrDefault(IndicatorCode.PlanFourYearProgress)),
                m.GetValueOrDefault(IndicatorCode.PlanGoalsProgrammed)?.Value,
            ])
            .ToList();
        return new ReportTable(name, [title, $"{IndicatorCode.PlanEfficacy} (%)", "Banda", $"{IndicatorCode.PlanYearProgress} (%)", $"{IndicatorCode.PlanFourYearProgress} (%)", "Metas programadas"], rows);
    }

    /// <summary>The critical routes, worst first: responsible, programmed against achieved, gap and the quarters' trend.</summary>
    public static ReportTable Critical(IReadOnlyList<CriticalRoute> routes, Func<string, string?>? linkToGoal = null) => new(
        "Rutas críticas",
        ["Meta", "Meta de producto", "Responsable", "Programado al corte", "Ejecutado al corte", "Brecha", $"{IndicatorCode.PlanEfficacy} (%)", "Banda", "Tendencia por trimestre"],
        routes.Select(r => (IReadOnlyList<object?>)
        [
            linkToGoal?.Invoke(r.Goal.Code) is { } href ? new LinkCell(r.Goal.Code, href) : r.Goal.Code,
            r.Goal.Text,
            r.Goal.Dependency,
            Math.Round(r.Programmed, 2),
            Math.Round(r.Achieved, 2),
            Math.Round(r.Gap, 2),
            IndicatorText.Shown(IndicatorUnit.Proportion, r.Efficacy),
            PlanBandCell.Cell(PerformanceBands.Default.Of(r.Efficacy)),
            Trend(r.Trend),
        ]).ToList());

    /// <summary>Every goal of the figures with its PD-EF and band, in plan order.</summary>
    public static ReportTable Goals(PlanFigures figures, Func<string, string?>? linkToGoal = null)
    {
        var byGoal = figures.EfficacyByGoal;
        return new ReportTable("Metas del plan",
            ["Meta", "Meta de producto", "Línea", "Programa", "Responsable", $"{IndicatorCode.PlanEfficacy} (%)", "Banda"],
            figures.Goals.Where(g => byGoal.ContainsKey(g.Code))
                .OrderBy(g => g.Line, StringComparer.Ordinal).ThenBy(g => g.Program, StringComparer.Ordinal).ThenBy(g => g.Code, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<object?>)
                [
                    linkToGoal?.Invoke(g.Code) is { } href ? new LinkCell(g.Code, href) : g.Code,
                    g.Text, g.Line, g.Program, g.Dependency,
                    IndicatorText.Shown(IndicatorUnit.Proportion, byGoal[g.Code].Value),
                    PlanBandCell.Cell(byGoal[g.Code].Band),
                ]).ToList());
    }

    /// <summary>A goal's follow-up, period by period.</summary>
    public static ReportTable GoalPeriods(GoalSeries goal) => new(
        $"Seguimiento de la meta {goal.Code}",
        ["Periodo", "Termina", "Programado", "Ejecutado", "Eficacia del periodo (%)"],
        goal.Values.Select(v => (IReadOnlyList<object?>)
        [
            v.Label, v.End, v.Programmed, v.Achieved, IndicatorText.Shown(IndicatorUnit.Proportion, v.Efficacy),
        ]).ToList());

    /// <summary>"T1 100 % → T2 50 % → T3 0 %": each quarter's own efficacy, oldest first.</summary>
    public static string Trend(IReadOnlyList<GoalPeriodValue> periods) =>
        periods.Count == 0 ? "—" : string.Join(" → ", periods.Select(p =>
            $"{(p.Quarter == 0 ? p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "T" + p.Quarter)} {(p.Efficacy is { } e ? IndicatorText.Value(IndicatorUnit.Proportion, e) : "sin programar")}"));

    private static double? Shown(IndicatorResult? result) => IndicatorText.Shown(IndicatorUnit.Proportion, result?.Value);
}
