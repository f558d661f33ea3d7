using IndicadoresServicio.Core.Paac;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicatorCode = IndicadoresServicio.Indicators.Catalogue.IndicatorCode;

namespace IndicadoresServicio.Dashboard.Web.Paac;

/// <summary>
/// The OCI's follow-up report of the PAAC/PTEP, ready to publish: entity, vigencia and cut-off; per component the
/// activities programmed, due, completed, % avance and zone, and the OCI's observations; the consolidated progress; per dependency; the lagging
/// activities with responsable and observations; the three cut-offs side by side.
/// </summary>
public static class PaacReport
{
    /// <summary>The report's title names the plans loaded for the vigencia: PAAC, PTEP (from 2025) or both.</summary>
    public static string Title(int vigencia, IEnumerable<string> plans)
    {
        var loaded = plans.Distinct().ToList();
        var name = loaded.Contains(PaacComponents.Ptep)
            ? loaded.Contains(PaacComponents.Paac)
                ? "Plan Anticorrupción y de Atención al Ciudadano y al Programa de Transparencia y Ética Pública"
                : "Programa de Transparencia y Ética Pública"
            : "Plan Anticorrupción y de Atención al Ciudadano";
        return $"Seguimiento al {name} — vigencia {vigencia}";
    }

    public static PrintablePage Build(ReportContext context, int vigencia, DateOnly cutOff)
    {
        var f = PaacFigures.Measure(context.Warehouse, context.Targets, vigencia, cutOff);
        var av = f.PlanResult(IndicatorCode.PaacProgress);
        var document = new ReportDocument(Title(vigencia, f.Activities.Select(a => a.Plan)), context.Identity, cutOff,
            $"Oficina de Control Interno: seguimiento con corte al {PaacTables.Date(cutOff)} (Decreto 124 de 2016; Ley 2195 de 2022).");
        if (f.IsEmpty)
            return document.Paragraph($"No hay un plan cargado para la vigencia {vigencia}.", "nota").ToPrintable();

        document.Heading("Avance consolidado")
            .Paragraph($"Avance del plan al {PaacTables.Date(cutOff)}: {PaacTables.Percent(av.Value)} ({Words(PaacTables.Zone(av.Light))}). " +
                $"Actividades programadas: {f.Activities.Count}; vencidas al corte: {f.Activities.Count(a => a.IsDue)}; " +
                $"cumplidas: {f.Activities.Count(a => a.IsDue && a.Progress >= 100)}; rezagadas: {f.Lagging.Count} " +
                $"({f.Activities.Count(a => a.Unreported)} sin reporte).");
        Table(document, "Avance por componente", PaacTables.Components(f), "No hay componentes.");
        var components = f.Components.Select(c => (c.Name, Value: PaacFigures.Of(f.ByComponent, Indicators.Catalogue.SliceName.Component, c.Name, IndicatorCode.PaacProgress)?.Value)).ToList();
        document.Chart(Charts.Bar("Avance por componente (%)", components.Select(c => c.Name).ToList(),
            components.Select(c => Math.Round((c.Value ?? 0) * 100, 1)).ToList(), "% de avance"));
        Table(document, "Observaciones de la OCI por componente", PaacTables.Observations(f), "La OCI no registró observaciones en este corte.");
        Table(document, "Avance por dependencia", PaacTables.Dependencies(f), "Ninguna actividad vence a esta fecha de corte.");
        Table(document, "Actividades rezagadas", PaacTables.Lagging(f), "Ninguna actividad vencida está rezagada.");
        Table(document, "Los tres cortes de la vigencia", PaacTables.CutOffs(f), "Sin datos.");
        return document.ToPrintable();
    }

    private static void Table(ReportDocument document, string heading, ReportTable table, string empty) =>
        document.Heading(heading).Table(table, empty);

    private static string Words(object zone) => zone is TrafficLight light ? light.Label : zone.ToString() ?? "";
}
