using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Dashboard.Web.Plan;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The Plan de Desarrollo in the ficha (the dependency's goals) and in the Comité report (the plan, its dependencies
/// and the worst critical routes), for the year of the report's cut-off. The figures are <see cref="PlanFigures"/>,
/// the plan page's and `informe plan`'s; this only lays them out.
/// </summary>
internal static class PlanSection
{
    /// <summary>How many critical routes the Comité reads; the rest are in `informe plan` and on the page.</summary>
    private const int CriticalShown = 5;

    public static void ForDependency(ReportDocument document, ReportContext context, DateOnly cutOff, string dependency)
    {
        var year = cutOff.Year;
        document.Heading($"Metas del Plan de Desarrollo ({Year(year)})");
        if (NotPerEntity(document, context))
            return;
        var figures = PlanFigures.Measure(context.Warehouse, context.Targets, year, cutOff, dependency);
        var byGoal = figures.EfficacyByGoal;
        var goals = figures.Goals.Where(g => byGoal.ContainsKey(g.Code)).ToList();
        if (goals.Count == 0)
        {
            document.Paragraph($"La dependencia no tiene metas del Plan de Desarrollo programadas para {Year(year)} en la bodega.", "nota");
            return;
        }
        var advance = IndicatorPanel.Measure(context.Warehouse,
                new MeasurementRequest(figures.Period, cutOff, [IndicatorCode.PlanYearProgress], [SliceName.Goal], [new SliceFilter(SliceName.Dependency, dependency)], ComparePrevious: false),
                context.Targets).Results
            .ToDictionary(r => r.SliceValueOf(SliceName.Goal)!, r => r.Value, StringComparer.Ordinal);
        var critical = figures.Critical.Select(r => r.Goal.Code).ToHashSet(StringComparer.Ordinal);
        document.Paragraph(Summary(figures, "de sus metas") + $" {Count(goals.Count, "meta programada", "metas programadas")} en el año; " +
            $"{Count(critical.Count, "en ruta crítica", "en ruta crítica")} (eficacia menor a 60 %).");
        var period = figures.Period;
        document.Table(new ReportTable("Metas de la dependencia",
            ["Meta", "Meta de producto", "Programado al corte", "Ejecutado al corte", $"{IndicatorCode.PlanEfficacy} (%)", $"{IndicatorCode.PlanYearProgress} (%)", "Banda", "Ruta crítica"],
            goals.OrderBy(g => byGoal[g.Code].Value ?? double.MaxValue).ThenBy(g => g.Code, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<object?>)
                [
                    g.Code, g.Text,
                    Math.Round(g.ProgrammedDue(period.From, period.To, cutOff), 2), Math.Round(g.AchievedDue(period.From, period.To, cutOff), 2),
                    Panels.IndicatorText.Shown(Indicators.Catalogue.IndicatorUnit.Proportion, byGoal[g.Code].Value),
                    Panels.IndicatorText.Shown(Indicators.Catalogue.IndicatorUnit.Proportion, advance.GetValueOrDefault(g.Code)),
                    PlanBandCell.Cell(byGoal[g.Code].Band),
                    critical.Contains(g.Code) ? "Sí: ruta crítica" : "No",
                ]).ToList()), "Sin metas.");
        document.Paragraph(Bands, "nota");
    }

    private static bool NotPerEntity(ReportDocument document, ReportContext context)
    {
        if (context.SharesWarehouse)
            document.Paragraph(ReportContext.NotPerEntity, "nota");
        return context.SharesWarehouse;
    }

    public static void ForCommittee(ReportDocument document, ReportContext context, DateOnly cutOff)
    {
        var year = cutOff.Year;
        document.Heading($"Plan de Desarrollo ({Year(year)})");
        if (NotPerEntity(document, context))
            return;
        var figures = PlanFigures.Measure(context.Warehouse, context.Targets, year, cutOff);
        if (!figures.EfficacyByGoal.Any())
        {
            document.Paragraph($"No hay metas del Plan de Desarrollo programadas para {Year(year)} en la bodega.", "nota");
            return;
        }
        document.Paragraph(Summary(figures, "del plan"))
            .Table(PlanTables.BySlice("Por dependencia responsable", "Dependencia", figures.ByDependency, SliceName.Dependency), "Sin metas.")
            .Paragraph(Bands, "nota");
        var shown = figures.Critical.Take(CriticalShown).ToList();
        document.Paragraph(figures.Critical.Count switch
        {
            0 => "Rutas críticas: ninguna meta tiene eficacia menor a 60 % a la fecha de corte.",
            var n when n <= CriticalShown => $"Rutas críticas: {Count(n, "meta", "metas")} con eficacia menor a 60 % a la fecha de corte, la peor primero.",
            var n => $"Rutas críticas: {Count(n, "meta", "metas")} con eficacia menor a 60 % a la fecha de corte; las {CriticalShown} peores " +
                $"(todas en el informe de seguimiento al plan).",
        });
        if (shown.Count > 0)
            document.Table(PlanTables.Critical(shown), "");
    }

    private const string Bands = "Bandas: sobresaliente ≥ 80 %, satisfactorio 70–79 %, medio 60–69 %, bajo 40–59 %, crítico < 40 %.";

    /// <summary>"Eficacia a la fecha (PD-EF) del plan: 83,9 % (Sobresaliente); avance del año (PD-AV): 55,1 %."</summary>
    private static string Summary(PlanFigures figures, string whose)
    {
        var efficacy = figures.Of(IndicatorCode.PlanEfficacy);
        var advance = figures.Of(IndicatorCode.PlanYearProgress);
        return $"Eficacia a la fecha (PD-EF) {whose}: {PlanFigures.Percent(efficacy?.Value)} ({PlanBandCell.Word(efficacy?.Band)}); " +
            $"avance del año (PD-AV): {PlanFigures.Percent(advance?.Value)}.";
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string one, string many) => $"{ReportFigures.Count(n)} {(n == 1 ? one : many)}";
}
