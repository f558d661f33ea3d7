using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Informe para el Comité Institucional de Gestión y Desempeño: the entity's panel, every dependency side by side,
/// the comparison chart, the dependencies below target, findings written from the data, then satisfaction by
/// dependency, the PAAC by component and the Plan de Desarrollo as far as they are loaded. The riesgo de vencimiento
/// follows the findings: what the next four weeks hold at the pace of each dependency's recent answers.
/// </summary>
public static class CommitteeReport
{
    public const string Title = "Informe para el Comité Institucional de Gestión y Desempeño";

    // The columns of the dependency table: volume, then the three indicators with a target.
    private static readonly IndicatorCode[] Compared = [IndicatorCode.Volume, IndicatorCode.OnTime, IndicatorCode.Overdue, IndicatorCode.AnswerTime];

    public static PrintablePage Build(ReportContext context, Period period, DateOnly cutOff)
    {
        var entity = context.Measure(period, cutOff);
        // By entity too: two entities' same-named dependencies are two rows (EntityDependencies).
        var byDependency = EntityDependencies.Named(context.Measure(period, cutOff, Compared, EntityDependencies.Slices).Results);
        var topics = context.Measure(period, cutOff, [IndicatorCode.Volume], [SliceName.Topic]);
        var rows = byDependency.GroupBy(r => r.SliceValueOf(SliceName.Dependency)!)
            .Select(g => (Name: g.Key, Results: g.ToDictionary(r => r.Code)))
            .OrderBy(g => g.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-CO"), false))
            .ToList();

        var document = new ReportDocument(Title, context.Identity, cutOff,
            $"Relacionamiento Estado-ciudadano (MIPG): PQRSD radicadas {ReportDates.Period(period)}.");
        document.Heading("Panel de la entidad")
            .Table(ReportFigures.PanelHeaders, entity.Results.Select(ReportFigures.PanelRow), "No hay indicadores para mostrar.");

        document.Heading($"Dependencias ({rows.Count})")
            .Table(["Dependencia", "Radicadas", "Oportunidad", "Semáforo", "Vencimiento", "Semáforo", "Tiempo medio", "Semáforo"],
                rows.Select(d => (IReadOnlyList<ReportCell>)
                [
                    d.Name, ReportFigures.Value(d.Results[IndicatorCode.Volume]),
                    ReportFigures.Value(d.Results[IndicatorCode.OnTime]), ReportFigures.Light(d.Results[IndicatorCode.OnTime].Light),
                    ReportFigures.Value(d.Results[IndicatorCode.Overdue]), ReportFigures.Light(d.Results[IndicatorCode.Overdue].Light),
                    ReportFigures.Value(d.Results[IndicatorCode.AnswerTime]), ReportFigures.Light(d.Results[IndicatorCode.AnswerTime].Light),
                ]),
                "No hay peticiones radicadas en el periodo.");

        var onTime = byDependency.Where(r => r.Code == IndicatorCode.OnTime).ToList();
        var ranked = DependencyRanking.Rank(onTime).Where(r => r.Value is not null).ToList();
        if (ranked.Count > 0)
            document.Chart(Charts.Bar("Oportunidad de respuesta por dependencia (%)", ranked.Select(r => r.Dependency).ToList(),
                ranked.Select(r => Math.Round(r.Value!.Value * 100, 1)).ToList(), "% oportunas"));

        var below = byDependency.Where(r => r.Light is TrafficLight.Rojo or TrafficLight.Amarillo)
            .OrderBy(r => r.Light == TrafficLight.Rojo ? 0 : 1).ThenBy(r => r.SliceValueOf(SliceName.Dependency), StringComparer.Ordinal).ToList();
        document.Heading($"Dependencias por debajo de la meta ({below.Select(r => r.SliceValueOf(SliceName.Dependency)).Distinct().Count()})")
            .Table(["Dependencia", "Indicador", "Valor", "Meta", "Semáforo"],
                below.Select(r => (IReadOnlyList<ReportCell>)
                    [r.SliceValueOf(SliceName.Dependency)!, r.Indicator.Name, ReportFigures.Value(r), ReportFigures.Target(r), ReportFigures.Light(r.Light)]),
                "Todas las dependencias cumplen sus metas en el periodo.");

        document.Heading("Hallazgos");
        foreach (var finding in CommitteeFindings.From(onTime, topics))
        {
            document.Paragraph(finding.Title).Items(finding.Sentences);
            if (finding.Chart is not null)
                document.Chart(finding.Chart);
        }

        RiskSection.ForCommittee(document, context, cutOff);
        SurveySection.ForCommittee(document, context, period, cutOff);
        PaacSection.ForCommittee(document, context, cutOff);
        PlanSection.ForCommittee(document, context, cutOff);
        return document.ToPrintable();
    }
}
