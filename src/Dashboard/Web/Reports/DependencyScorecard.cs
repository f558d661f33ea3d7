using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Ficha de indicadores por dependencia: its petition panel with targets and traffic lights, the monthly trend, its
/// place in the on-time ranking, its overdue petitions by radicado (no personal data: the warehouse has none), then
/// the other datasets as far as they are loaded: the expected load, satisfaction, PAAC activities and plan goals.
/// </summary>
public static class DependencyScorecard
{
    public static readonly IndicatorCode RankingIndicator = IndicatorCode.OnTime;

    // The panel's indicators; satisfaction has its own section, with its interval and sample.
    private static readonly IReadOnlyList<IndicatorCode> PetitionIndicators = IndicatorCatalogue.CodesOf(MeasureSources.Petitions);

    public static PrintablePage Build(ReportContext context, Period period, DateOnly cutOff, string dependency)
    {
        var panel = context.Measure(period, cutOff, PetitionIndicators, dependency: dependency);
        var ranking = DependencyRanking.Measure(context.Warehouse, context.Scoped(period, cutOff), RankingIndicator, context.Targets);
        var place = ranking.FirstOrDefault(r => TextKey.Fold(r.Dependency) == TextKey.Fold(dependency));
        var name = place?.Dependency ?? dependency.Trim();
        var overdue = PetitionAlerts.List(context.Warehouse, context.Scoped(period, cutOff, dependency: dependency))
            .Where(a => a.IsOverdue)
            .ToList();

        var document = new ReportDocument($"Ficha de indicadores: {name}", context.Identity, cutOff,
            $"Peticiones radicadas {ReportDates.Period(period)}; comparadas con el periodo {ReportDates.Period(panel.PreviousPeriod)}.");
        document.Heading("Indicadores de PQRSD")
            .Table(ReportFigures.PanelHeaders, panel.Results.Select(ReportFigures.PanelRow), "No hay indicadores para mostrar.")
            .Paragraph("Semáforo: verde cumple la meta, amarillo está dentro de la banda de tolerancia, rojo no la cumple.", "nota");

        document.Heading("Posición entre las dependencias");
        var ranked = ranking.Count(r => r.Position is not null);
        document.Paragraph(place?.Position is { } position
            ? $"Puesto {position} de {ranked} en oportunidad de respuesta (semáforo {ReportFigures.Word(place.Light).ToLowerInvariant()})."
            : "Sin puesto en el escalafón de oportunidad de respuesta: no respondió peticiones con término en el periodo.");

        document.Heading("Tendencia");
        foreach (var chart in MonthlyTrend.Charts(context, period, cutOff, dependency))
            document.Chart(chart);

        document.Heading($"Peticiones vencidas sin respuesta ({ReportFigures.Count(overdue.Count)})")
            .Table(["Radicado", "Tipo", "Radicada el", "Vencía el", "Días hábiles de retraso"],
                overdue.Select(a => (IReadOnlyList<ReportCell>)
                    [a.Radicado, a.Type, ReportDates.Short(a.FiledOn), ReportDates.Short(a.DueOn), ReportCell.Number(ReportFigures.Count(-a.BusinessDaysLeft))]),
                "Ninguna petición del periodo está vencida sin respuesta a la fecha de corte.");

        ForecastSection.ForDependency(document, context, cutOff, name);
        SurveySection.ForDependency(document, context, period, cutOff, name);
        PaacSection.ForDependency(document, context, cutOff, name);
        PlanSection.ForDependency(document, context, cutOff, name);
        return document.ToPrintable();
    }
}
