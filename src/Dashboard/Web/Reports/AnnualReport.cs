using IndicadoresServicio.Warehousing.Committee;
using System.Globalization;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The Mesa Técnica's annual report to the Comité (seed 004, 7.7–7.8: «elaborar un informe de gestión ... anualmente y
/// presentarlo ... en el primer mes de la siguiente vigencia»): the vigencia's petitions against target and against
/// the previous vigencia, satisfaction, the PAAC at December 31, the plan's goals, next vigencia's expected demand,
/// findings written from the data, and the Mesa's own conclusions (<see cref="AnnualConclusions"/>).
/// </summary>
public static class AnnualReport
{
    public const string Title = "Informe anual de la Mesa Técnica de Servicio al Ciudadano";

    /// <summary>The indicators of petitions, in the catalogue's order.</summary>
    internal static readonly IReadOnlyList<IndicatorCode> PetitionIndicators = IndicatorCatalogue.CodesOf(MeasureSources.Petitions);

    // The columns of every sliced table: volume and the three indicators with a target.
    internal static readonly IndicatorCode[] Compared = [IndicatorCode.Volume, IndicatorCode.OnTime, IndicatorCode.Overdue, IndicatorCode.AnswerTime];

    private const int TopicsShown = 10;

    public static Period PeriodOf(int vigencia) => Period.Of(new DateOnly(vigencia, 1, 1), new DateOnly(vigencia, 12, 31));

    /// <param name="cutOff">When petitions' statuses are measured: no earlier than December 31 of the vigencia.</param>
    /// <param name="conclusions">The Mesa Técnica's conclusions and recommendations as stored; null when not written yet.</param>
    public static PrintablePage Build(ReportContext context, int vigencia, DateOnly cutOff, string? conclusions)
    {
        var period = PeriodOf(vigencia);
        var year = Year(vigencia);
        var before = Year(vigencia - 1);
        var document = new ReportDocument(Title, context.Identity, cutOff,
            $"Vigencia {year}: PQRSD, satisfacción ciudadana, Plan Anticorrupción y de Atención al Ciudadano y Plan de Desarrollo, " +
            $"comparados con la vigencia {before}.");

        var panel = context.Measure(period, cutOff, PetitionIndicators);
        // By entity too: in a gobernación's warehouse two municipalities' same-named dependencies are two rows.
        var byDependency = EntityDependencies.Named(context.Measure(period, cutOff, Compared, EntityDependencies.Slices).Results);
        var byTopic = context.Measure(period, cutOff, [IndicatorCode.Volume], [SliceName.Topic]);

        document.Heading($"Peticiones, quejas, reclamos, sugerencias y denuncias (PQRSD) de {year}")
            .Paragraph(Overview(panel, year))
            .Table(["Código", "Indicador", $"Vigencia {year}", "Meta", "Semáforo", $"Vigencia {before}", "Cambio"],
                panel.Results.Select(ReportFigures.PanelRow), "No hay indicadores para mostrar.");
        document.Subheading("Por dependencia");
        SlicedTable(document, byDependency, SliceName.Dependency, "Dependencia", before);
        document.Subheading("Por canal");
        SlicedTable(document, context.Measure(period, cutOff, Compared, [SliceName.Channel]).Results, SliceName.Channel, "Canal", before);
        document.Subheading("Por tipo de petición");
        SlicedTable(document, context.Measure(period, cutOff, Compared, [SliceName.Type]).Results, SliceName.Type, "Tipo", before);
        document.Subheading($"Los {TopicsShown} temas más frecuentes");
        document.Table(["Tema", $"Radicadas {year}", $"Radicadas {before}", "Cambio"],
            byTopic.Results.Where(r => r.Value > 0).OrderByDescending(r => r.Value).ThenBy(r => r.SliceValueOf(SliceName.Topic), StringComparer.Ordinal)
                .Take(TopicsShown)
                .Select(r => (IReadOnlyList<ReportCell>)[r.SliceValueOf(SliceName.Topic)!, ReportFigures.Value(r), ReportFigures.Previous(r), ReportFigures.Change(r)]),
            "Las peticiones de la vigencia no tienen tema.");
        document.Subheading("Tendencia mensual");
        foreach (var chart in MonthlyTrend.Charts(context, period, cutOff, null))
            document.Chart(chart);
        document.Subheading("Dónde se vencieron las peticiones");
        Expired(document, byDependency, cutOff);

        document.Heading($"Satisfacción ciudadana en {year}");
        SurveySection.ForYear(document, context, period, cutOff);

        PaacSection.ForYear(document, context, vigencia);
        PlanSection.ForCommittee(document, context, period.To);

        document.Heading($"Demanda esperada en {Year(vigencia + 1)}");
        ForecastSection.ForNextYear(document, context, vigencia + 1);

        document.Heading("Hallazgos");
        document.Paragraph("Escritos a partir de las cifras de la vigencia; cada uno con las cifras que lo sostienen.", "nota");
        foreach (var finding in AnnualFindings.From(context, period, cutOff, byDependency))
            document.Subheading(finding.Title).Items(finding.Sentences);

        document.Heading("Conclusiones y recomendaciones de la Mesa Técnica");
        if (string.IsNullOrWhiteSpace(conclusions))
            document.Note("La Mesa Técnica aún no ha escrito sus conclusiones para esta vigencia. Se escriben en la página Informes del tablero " +
                "(roles Comité y Administración) o directamente en la versión Word de este informe.");
        else
            foreach (var paragraph in AnnualConclusions.Paragraphs(conclusions))
                document.Paragraph(paragraph);
        return document.ToPrintable();
    }

    /// <summary>"En 2025 se radicaron 1.234 peticiones (+56 frente a 2024); 95,3 % se respondieron a tiempo (meta ≥ 95,0 %)..."</summary>
    private static string Overview(Panel panel, string year)
    {
        IndicatorResult Of(IndicatorCode code) => panel.Results.Single(r => r.Code == code);
        var volume = Of(IndicatorCode.Volume);
        var onTime = Of(IndicatorCode.OnTime);
        var late = Of(IndicatorCode.Overdue);
        var days = Of(IndicatorCode.AnswerTime);
        return $"En {year} se radicaron {ReportFigures.Text(volume)} peticiones ({ReportFigures.Change(volume).Text} frente a la vigencia anterior). " +
            $"Oportunidad de respuesta: {ReportFigures.Text(onTime)} (meta {ReportFigures.Target(onTime).Text}, {ReportFigures.Word(onTime.Light).ToLowerInvariant()}); " +
            $"tasa de vencimiento: {ReportFigures.Text(late)} (meta {ReportFigures.Target(late).Text}); " +
            $"tiempo medio de respuesta: {ReportFigures.Text(days)}.";
    }

    private static void SlicedTable(ReportDocument document, IReadOnlyList<IndicatorResult> results, SliceName slice, string title, string before)
    {
        var rows = results.GroupBy(r => r.SliceValueOf(slice)!)
            .Select(g => (Name: g.Key, Results: g.ToDictionary(r => r.Code)))
            .Where(g => g.Results[IndicatorCode.Volume].Value > 0)
            .OrderBy(g => g.Name, StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), false))
            .ToList();
        document.Table([title, "Radicadas", "Oportunidad", "Semáforo", $"Oportunidad {before}", "Cambio", "Vencimiento", "Tiempo medio"],
            rows.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.Name, ReportFigures.Value(r.Results[IndicatorCode.Volume]),
                ReportFigures.Value(r.Results[IndicatorCode.OnTime]), ReportFigures.Light(r.Results[IndicatorCode.OnTime].Light),
                ReportFigures.Previous(r.Results[IndicatorCode.OnTime]), ReportFigures.Change(r.Results[IndicatorCode.OnTime]),
                ReportFigures.Value(r.Results[IndicatorCode.Overdue]), ReportFigures.Value(r.Results[IndicatorCode.AnswerTime]),
            ]),
            "No hay peticiones radicadas en la vigencia.");
    }

    /// <summary>Where petitions expired: per dependency, those answered late or overdue unanswered at the cut-off.</summary>
    private static void Expired(ReportDocument document, IReadOnlyList<IndicatorResult> byDependency, DateOnly cutOff)
    {
        var late = byDependency.Where(r => r.Code == IndicatorCode.Overdue && r.Current.Numerator > 0)
            .OrderByDescending(r => r.Current.Numerator).ThenBy(r => r.SliceValueOf(SliceName.Dependency), StringComparer.Ordinal).ToList();
        var total = late.Sum(r => r.Current.Numerator);
        document.Paragraph(total == 0
            ? $"Ninguna petición con término de la vigencia se respondió tarde ni estaba vencida sin respuesta al {ReportDates.Long(cutOff)}."
            : $"{ReportFigures.Count(total)} peticiones con término se respondieron tarde o estaban vencidas sin respuesta al {ReportDates.Long(cutOff)}, " +
              $"en {late.Count} {(late.Count == 1 ? "dependencia" : "dependencias")}:");
        document.Table(["Dependencia", "Tardías o vencidas", "Con término", "Tasa de vencimiento", "Parte del total"],
            late.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.SliceValueOf(SliceName.Dependency)!, ReportCell.Number(ReportFigures.Count(r.Current.Numerator)),
                ReportCell.Number(ReportFigures.Count(r.Current.Denominator ?? 0)), ReportFigures.Value(r),
                ReportCell.Number(CommandLine.PanelOutput.SpanishFigures.Value(IndicatorUnit.Proportion, r.Current.Numerator / total)),
            ]), "");
    }

    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
