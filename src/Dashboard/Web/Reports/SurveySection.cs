using IndicadoresServicio.Dashboard.Web.Surveys;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Citizen satisfaction in the ficha (the dependency's SA-* with the interval of SA-T2B) and in the Comité report
/// (every dependency with its interval and sample), over the report's period. The tables and words are the
/// Satisfacción page's (<see cref="SurveyTables"/>); a figure from fewer than 30 valid answers says «muestra insuficiente».
/// </summary>
internal static class SurveySection
{
    private const string Heading = "Satisfacción ciudadana";

    public static void ForDependency(ReportDocument document, ReportContext context, Period period, DateOnly cutOff, string dependency)
    {
        document.Heading(Heading);
        var panel = context.Measure(period, cutOff, SurveyRequests.Indicators, dependency: dependency);
        if (panel.Results.FirstOrDefault(r => r.Code == "SA-N")?.Value is not > 0)
        {
            document.Paragraph("No hay encuestas de satisfacción de la dependencia en el periodo.", "nota");
            return;
        }
        document.Table(ReportFigures.PanelHeaders, panel.Results.Select(ReportFigures.PanelRow), "");
        if (panel.Results.FirstOrDefault(r => r.Code == "SA-T2B") is { } t2b)
            document.Paragraph($"Satisfacción (SA-T2B): {ReportFigures.Text(t2b)}, intervalo de confianza del 95 %: {SurveyTables.IntervalText(t2b)}, " +
                $"con {ReportFigures.Count(t2b.Current.Denominator ?? 0)} respuestas válidas" +
                (t2b.InsufficientSample ? $": {SurveyTables.InsufficientSample} (menos de 30), la cifra no permite conclusiones." : "."));
    }

    public static void ForCommittee(ReportDocument document, ReportContext context, Period period, DateOnly cutOff)
    {
        document.Heading($"{Heading} por dependencia");
        var request = ReportContext.Request(period, cutOff, SurveyRequests.TableIndicators, ["dependencia"]) with { ComparePrevious = false };
        var results = IndicatorPanel.Measure(context.Warehouse, request, context.Targets).Results;
        var table = SurveyTables.BySlice("Satisfacción por dependencia", "dependencia", "Dependencia", results);
        if (table.Rows.Count == 0)
        {
            document.Paragraph("No hay encuestas de satisfacción en el periodo.", "nota");
            return;
        }
        document.Table(table, "")
            .Paragraph("Intervalo de confianza del 95 %: una diferencia entre dependencias solo cuenta si sus intervalos no se cruzan; " +
                "con menos de 30 respuestas válidas la cifra no permite conclusiones.", "nota");
    }
}
