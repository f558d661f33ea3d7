using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Web.Paac;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Paac;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The Plan Anticorrupción y de Atención al Ciudadano in the ficha (the dependency's activities and progress) and in
/// the Comité report (progress by component with its zone), at the OCI's latest follow-up cut-off on or before the
/// report's. The figures are <see cref="PaacFigures"/>, the PAAC page's and `informe paac`'s.
/// </summary>
internal static class PaacSection
{
    public static void ForDependency(ReportDocument document, ReportContext context, DateOnly cutOff, string dependency)
    {
        if (Measure(document, context, cutOff) is not { } f)
            return;
        var key = TextKey.Fold(dependency);
        var own = f.Activities.Where(a => TextKey.Fold(a.Responsible ?? "") == key).ToList();
        if (own.Count == 0)
        {
            document.Paragraph($"La dependencia no tiene actividades a su cargo en el plan de la vigencia {f.Vigencia}.", "nota");
            return;
        }
        var avance = f.ByDependency.Results.FirstOrDefault(r => r.Code == IndicatorCode.PaacProgress && TextKey.Fold(r.SliceValueOf(SliceName.Dependency) ?? "") == key);
        var due = own.Where(a => a.IsDue).ToList();
        document.Paragraph($"Avance de sus actividades vencidas al {PaacTables.Date(f.CutOff)}: {PaacTables.Percent(avance?.Value)} " +
                $"({Words(PaacTables.Zone(avance?.Light ?? Indicators.Catalogue.TrafficLight.SinDatos))}). " +
                $"Actividades a su cargo: {own.Count}; vencidas al corte: {due.Count}; cumplidas: {due.Count(a => a.Progress >= 100)}; " +
                $"rezagadas: {due.Count(a => a.IsLagging)} ({due.Count(a => a.Unreported)} sin reporte).")
            .Table(new ReportTable("Actividades de la dependencia",
                ["Componente", "No.", "Actividad", "Fecha programada", "% de avance", "Estado"],
                own.Select(a => (IReadOnlyList<object?>)[a.Component, a.Number, a.Activity, a.Scheduled, a.Progress, PaacTables.State(a)]).ToList()),
                "Sin actividades.");
    }

    public static void ForCommittee(ReportDocument document, ReportContext context, DateOnly cutOff)
    {
        if (Measure(document, context, cutOff) is not { } f)
            return;
        var avance = f.PlanResult(IndicatorCode.PaacProgress);
        document.Paragraph($"Avance del plan al {PaacTables.Date(f.CutOff)}: {PaacTables.Percent(avance.Value)} ({Words(PaacTables.Zone(avance.Light))}). " +
                $"Actividades programadas: {f.Activities.Count}; vencidas al corte: {f.Activities.Count(a => a.IsDue)}; " +
                $"rezagadas: {f.Lagging.Count} ({f.Activities.Count(a => a.Unreported)} sin reporte).")
            .Table(PaacTables.Components(f), "No hay componentes.")
            .Paragraph("El detalle por actividad y por dependencia está en el informe de seguimiento del PAAC y en las fichas.", "nota");
    }

    /// <summary>The annual report's PAAC: the vigencia at its December 31 follow-up, by component and dependency, and the lagging activities.</summary>
    public static void ForYear(ReportDocument document, ReportContext context, int vigencia)
    {
        if (Measure(document, context, new DateOnly(vigencia, 12, 31)) is not { } f)
            return;
        var avance = f.PlanResult(IndicatorCode.PaacProgress);
        document.Paragraph($"Avance del plan al {PaacTables.Date(f.CutOff)}: {PaacTables.Percent(avance.Value)} ({Words(PaacTables.Zone(avance.Light))}). " +
                $"Actividades programadas: {f.Activities.Count}; cumplidas: {f.Activities.Count(a => a.Progress >= 100)}; " +
                $"rezagadas: {f.Lagging.Count} ({f.Activities.Count(a => a.Unreported)} sin reporte).")
            .Table(PaacTables.Components(f), "No hay componentes.");
        document.Subheading("Por dependencia responsable").Table(PaacTables.Dependencies(f), "Ninguna actividad tiene responsable.");
        document.Subheading("Actividades rezagadas").Table(PaacTables.Lagging(f), "Ninguna actividad quedó rezagada.");
    }

    /// <summary>
    /// Writes the heading and returns the figures at the OCI's latest cut-off on or before <paramref name="cutOff"/>
    /// (before April 30 that is the previous vigencia's December 31); null, after saying so, when that vigencia has no plan loaded.
    /// </summary>
    private static PaacFigures? Measure(ReportDocument document, ReportContext context, DateOnly cutOff)
    {
        var followUp = PaacActivities.CutOffs(cutOff.Year - 1).Concat(PaacActivities.CutOffs(cutOff.Year)).Last(c => c <= cutOff);
        var vigencia = followUp.Year;
        document.Heading($"Plan Anticorrupción y de Atención al Ciudadano (vigencia {vigencia}, corte del {PaacTables.Date(followUp)})");
        if (context.SharesWarehouse)
        {
            document.Paragraph(ReportContext.NotPerEntity, "nota");
            return null;
        }
        var loaded = PaacActivities.Vigencias(context.Warehouse);
        if (!loaded.Contains(vigencia))
        {
            document.Paragraph($"No hay un Plan Anticorrupción cargado para la vigencia {vigencia}." + (vigencia < cutOff.Year && loaded.Contains(cutOff.Year)
                ? $" El de la vigencia {cutOff.Year} tiene su primer seguimiento con corte al {PaacTables.Date(PaacActivities.CutOffs(cutOff.Year)[0])}."
                : ""), "nota");
            return null;
        }
        return PaacFigures.Measure(context.Warehouse, context.Targets, vigencia, followUp);
    }

    // A zone is a traffic-light cell or «sin datos»; either reads as its words.
    private static string Words(object zone) => zone.ToString() ?? "";
}
