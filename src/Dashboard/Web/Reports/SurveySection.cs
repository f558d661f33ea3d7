using IndicadoresServicio.Indicators.Catalogue;
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
        if (panel.Results.FirstOrDefault(r => r.Code == IndicatorCode.SurveyResponses)?.Value is not > 0)
        {
            document.Paragraph("No hay encuestas de satisfacción de la dependencia en el periodo.", "nota");
            return;
        }
        document.Table(ReportFigures.PanelHeaders, panel.Results.Select(ReportFigures.PanelRow), "");
        if (panel.Results.FirstOrDefault(r => r.Code == IndicatorCode.Satisfaction) is { } t2b)
            document.Paragraph($"Satisfacción (SA-T2B): {ReportFigures.Text(t2b)}, intervalo de confianza del 95 %: {SurveyTables.IntervalText(t2b)}, " +
                $"con {ReportFigures.Count(t2b.Current.Denominator ?? 0)} respuestas válidas" +
                (t2b.InsufficientSample ? $": {SurveyTables.InsufficientSample} (menos de 30), la cifra no permite conclusiones." : "."));
    }

    public static void ForCommittee(ReportDocument document, ReportContext context, Period period, DateOnly cutOff)
    {
        document.Heading($"{Heading} por dependencia");
        var request = context.Scoped(period, cutOff, SurveyRequests.TableIndicators, [SliceName.Dependency]) with { ComparePrevious = false };
        var results = IndicatorPanel.Measure(context.Warehouse, request, context.Targets).Results;
        var table = SurveyTables.BySlice("Satisfacción por dependencia", SliceName.Dependency, "Dependencia", results);
        if (table.Rows.Count == 0)
        {
            document.Paragraph("No hay encuestas de satisfacción en el periodo.", "nota");
            return;
        }
        document.Table(table, "")
            .Paragraph("Intervalo de confianza del 95 %: una diferencia entre dependencias solo cuenta si sus intervalos no se cruzan; " +
                "con menos de 30 respuestas válidas la cifra no permite conclusiones.", "nota");
    }

    /// <summary>Comment examples per open question in the annual report: the newest, already masked at load.</summary>
    private const int CommentExamples = 2;

    /// <summary>
    /// The annual report's satisfaction: the entity's SA-* panel, by dependency and by dimension with their intervals,
    /// and the comments summed up by the open question they answer, with the newest as examples.
    /// </summary>
    public static void ForYear(ReportDocument document, ReportContext context, Period period, DateOnly cutOff)
    {
        var panel = context.Measure(period, cutOff, SurveyRequests.Indicators);
        if (panel.Results.FirstOrDefault(r => r.Code == IndicatorCode.SurveyResponses)?.Value is not > 0)
        {
            document.Note("No hay encuestas de satisfacción cargadas para la vigencia.");
            return;
        }
        document.Table(ReportFigures.PanelHeaders, panel.Results.Select(ReportFigures.PanelRow), "");
        foreach (var (slice, title, name) in new[] { (SliceName.Dependency, "Dependencia", "Por dependencia"), (SliceName.Dimension, "Dimensión", "Por dimensión") })
        {
            document.Subheading(name);
            var request = context.Scoped(period, cutOff, SurveyRequests.TableIndicators, [slice]) with { ComparePrevious = false };
            var results = IndicatorPanel.Measure(context.Warehouse, request, context.Targets).Results;
            document.Table(SurveyTables.BySlice(name, slice, title, results), "Las respuestas de la vigencia no tienen " + title.ToLowerInvariant() + ".");
        }
        document.Note("Intervalo de confianza del 95 %: una diferencia solo cuenta si los intervalos no se cruzan; " +
            "con menos de 30 respuestas válidas la cifra no permite conclusiones.");

        document.Subheading("Comentarios de los ciudadanos");
        var comments = Indicators.Surveys.SurveyDetail.Comments(context.Warehouse, context.Scoped(period, cutOff), int.MaxValue);
        if (comments.Count == 0)
        {
            document.Note("Las encuestas de la vigencia no trajeron comentarios.");
            return;
        }
        var byQuestion = comments.GroupBy(c => c.Column).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        document.Paragraph($"{ReportFigures.Count(comments.Count)} comentarios en la vigencia, por la pregunta abierta que responden " +
                "(datos personales enmascarados en la carga):")
            .Table(["Pregunta abierta", "Comentarios", "Dependencia con más comentarios", "Los más recientes"],
                byQuestion.Select(g => (IReadOnlyList<ReportCell>)
                [
                    g.Key, ReportCell.Number(ReportFigures.Count(g.Count())),
                    g.GroupBy(c => c.Dependency).OrderByDescending(d => d.Count()).ThenBy(d => d.Key, StringComparer.Ordinal)
                        .Select(d => $"{d.Key} ({ReportFigures.Count(d.Count())})").First(),
                    string.Join(" · ", g.Take(CommentExamples).Select(c => $"«{Shorten(c.Text)}»")),
                ]), "");
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157].TrimEnd() + "…";
}
