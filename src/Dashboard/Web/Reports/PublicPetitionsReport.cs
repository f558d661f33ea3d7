using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Informe de PQRSD para publicación (Ley 1712 de 2014 art. 11, Ley 1474 de 2011 art. 76), by semester: petitions
/// received by type, channel and dependency, response times, on-time rate and transfers. Only aggregates: no
/// radicado, name or document appears, so nothing in it identifies a person.
/// </summary>
public static class PublicPetitionsReport
{
    private static readonly IndicatorCode[] Breakdown = [IndicatorCode.Volume, IndicatorCode.AnswerTime, IndicatorCode.OnTime, IndicatorCode.Transferred];

    public static PrintablePage Build(ReportContext context, Semester semester, DateOnly cutOff)
    {
        var period = semester.Period;
        var entity = context.Measure(period, cutOff);
        var document = new ReportDocument($"Informe de PQRSD: {semester.Name}", context.Identity, cutOff,
            $"Peticiones, quejas, reclamos, sugerencias y denuncias radicadas {ReportDates.Period(period)}.");
        document.Paragraph("Informe publicado en cumplimiento del artículo 11 de la Ley 1712 de 2014 (transparencia y acceso a la " +
            "información pública) y del artículo 76 de la Ley 1474 de 2011. Contiene solo cifras agregadas: ningún dato identifica " +
            "a quien presentó una petición.", "nota");

        var tmr = entity.Results.First(r => r.Code == IndicatorCode.AnswerTime);
        var transfers = entity.Results.First(r => r.Code == IndicatorCode.Transferred);
        document.Heading("Resumen del semestre")
            .Table(ReportFigures.PanelHeaders, entity.Results.Select(ReportFigures.PanelRow), "No hay indicadores para mostrar.")
            .Paragraph($"Tiempo de respuesta: promedio {ReportFigures.Text(tmr)}, mediana {Days(tmr.Statistic(StatisticName.Median))} y " +
                $"percentil 90 {Days(tmr.Statistic(StatisticName.P90))} (días hábiles). Trasladadas por competencia a otra entidad: " +
                $"{ReportFigures.Count(transfers.Current.Numerator)} ({ReportFigures.Text(transfers)} de las peticiones con término).");

        Section(document, context, period, cutOff, SliceName.Type, "Tipo de petición", "Recibidas por tipo");
        Section(document, context, period, cutOff, SliceName.Channel, "Canal", "Recibidas por canal");
        Section(document, context, period, cutOff, SliceName.Dependency, "Dependencia", "Recibidas por dependencia");
        return document.ToPrintable();
    }

    private static void Section(ReportDocument document, ReportContext context, Period period, DateOnly cutOff, SliceName slice,
        string label, string title)
    {
        var panel = context.Measure(period, cutOff, Breakdown, [slice]);
        var rows = panel.Results.GroupBy(r => r.SliceValueOf(slice)!)
            .Select(g => (Name: g.Key, Results: g.ToDictionary(r => r.Code)))
            .Where(g => g.Results[IndicatorCode.Volume].Value > 0)
            .ToList();
        document.Heading(title);
        if (rows.Count > 0)
            document.Chart(Charts.Bar($"Peticiones por {label.ToLowerInvariant()}", rows.Select(r => r.Name).ToList(), rows.Select(r => r.Results[IndicatorCode.Volume].Value ?? 0).ToList(),
                "Peticiones"));
        document.Table([label, "Recibidas", "Tiempo medio de respuesta", "Oportunidad", "Trasladadas"],
            rows.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.Name, ReportFigures.Value(r.Results[IndicatorCode.Volume]), ReportFigures.Value(r.Results[IndicatorCode.AnswerTime]),
                ReportFigures.Value(r.Results[IndicatorCode.OnTime]), ReportCell.Number(ReportFigures.Count(r.Results[IndicatorCode.Transferred].Current.Numerator)),
            ]),
            "No se recibieron peticiones en el semestre.");
    }

    private static string Days(double? value) => value is { } v ? CommandLine.PanelOutput.SpanishFigures.OneDecimal(v) : CommandLine.PanelOutput.SpanishFigures.Missing;
}
