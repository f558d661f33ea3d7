using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Plan;

namespace IndicadoresServicio.Dashboard.Web.Plan;

/// <summary>
/// Seguimiento al Plan de Desarrollo for the Consejo de Gobierno: the plan's progress and bands, by line and by
/// responsible dependency, and the critical routes with what each lacks. The same figures as the page.
/// </summary>
public static class PlanReport
{
    public const string Title = "Seguimiento al Plan de Desarrollo";

    public static PrintablePage Build(ReportContext context, int year, DateOnly cutOff)
    {
        var figures = PlanFigures.Measure(context.Warehouse, context.Targets, year, cutOff);
        var document = new ReportDocument(Title, context.Identity, cutOff,
            $"Metas de producto del plan indicativo, año {year.ToString(CultureInfo.InvariantCulture)}, para el Consejo de Gobierno.");

        document.Heading("Avance del plan")
            .Table(["Código", "Indicador", "Valor", "Banda", "Semáforo"],
                PlanFigures.Codes.Select(figures.Of).OfType<IndicatorResult>().Select(r => (IReadOnlyList<ReportCell>)
                    [r.Code.Text, r.Indicator.Name, ReportFigures.Value(r), r.Indicator.Bands is null ? "" : PlanBandCell.Word(r.Band), ReportFigures.Light(r.Light)]),
                "No hay metas del plan cargadas para este año.")
            .Paragraph("Bandas: sobresaliente ≥ 80 %, satisfactorio 70–79 %, medio 60–69 %, bajo 40–59 %, crítico < 40 %. Cada cifra es el promedio de sus metas.", "nota");

        Slice(document, "Por línea estratégica", "Línea estratégica", figures.ByLine, SliceName.StrategicLine);
        var ranked = figures.ByDependency.Results.Where(r => r.Code == IndicatorCode.PlanEfficacy && r.Value is not null).OrderBy(r => r.Value).ToList();
        if (ranked.Count > 0)
            document.Chart(Charts.Bar("Eficacia a la fecha (PD-EF) por dependencia, peor primero (%)",
                ranked.Select(r => $"{r.SliceValueOf(SliceName.Dependency)} · {r.Band}").ToList(), ranked.Select(r => Math.Round(r.Value!.Value * 100, 1)).ToList(), "%"));
        Slice(document, "Por dependencia responsable", "Dependencia", figures.ByDependency, SliceName.Dependency);

        var critical = PlanTables.Critical(figures.Critical);
        document.Heading($"Rutas críticas ({figures.Critical.Count})")
            .Paragraph("Metas con eficacia a la fecha (PD-EF) menor a 60 % al corte, la peor primero: lo programado y lo ejecutado en los trimestres terminados, la brecha y la tendencia de cada trimestre.", "nota")
            .Table(critical, "Ninguna meta está por debajo de 60 % a la fecha de corte.");
        return document.ToPrintable();
    }

    private static void Slice(ReportDocument document, string heading, string title, Panel panel, SliceName slice)
    {
        var table = PlanTables.BySlice(heading, title, panel, slice);
        document.Heading(heading).Table(table, "Sin metas.");
    }
}
