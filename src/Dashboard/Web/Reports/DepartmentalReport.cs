using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Municipalities;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Informe para la Mesa Departamental (a gobernación comparing the municipalities of its "Pacto por el Servicio al
/// Ciudadano"): every municipality's petition indicators with targets and traffic lights, ranked by timeliness; who
/// improved and who fell back since the previous period (the last Mesa's); the municipalities below target; and each
/// one's monthly timeliness. The figures are <see cref="MunicipalityComparison"/>, the Municipios page's.
/// </summary>
public static class DepartmentalReport
{
    public const string Title = "Informe para la Mesa Departamental: comparación de municipios";

    public static PrintablePage Build(ReportContext context, Period period, DateOnly cutOff, Period? previous = null)
    {
        previous ??= MunicipalityComparison.Before(period);
        var comparison = MunicipalityComparison.Measure(request => IndicatorPanel.Measure(context.Warehouse, request, context.Targets),
            context.Scoped(period, cutOff), previous)!;
        var rows = comparison.Rows;

        var document = new ReportDocument(Title, context.Identity, cutOff,
            $"PQRSD radicadas {ReportDates.Period(period)} en {rows.Count} municipios; comparadas con el periodo {ReportDates.Period(previous)}.");
        document.Heading($"Municipios por oportunidad de respuesta ({rows.Count})")
            .Table(["Puesto", "Municipio", "Radicadas", "Oportunidad", "Semáforo", "Vencidas", "Semáforo", "Tiempo medio", "Semáforo", "Periodo anterior", "Cambio"],
                rows.Select(r => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Number(r.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"), r.Entity,
                    Value(r, IndicatorCode.Volume), Value(r, IndicatorCode.OnTime), Light(r, IndicatorCode.OnTime), Value(r, IndicatorCode.Overdue), Light(r, IndicatorCode.Overdue), Value(r, IndicatorCode.AnswerTime), Light(r, IndicatorCode.AnswerTime),
                    ReportCell.Number(SpanishFigures.Value(IndicatorUnit.Proportion, r.OnTimeBefore)),
                    ReportCell.Number(SpanishFigures.Change(IndicatorUnit.Proportion, r.OnTimeChange)),
                ]),
                "Ningún municipio tiene peticiones radicadas en el periodo.")
            .Note("Puesto por oportunidad de respuesta (PQ-OPO). Semáforo: verde cumple la meta, amarillo está dentro de la banda de tolerancia, rojo no la cumple.");

        var valued = rows.Where(r => r.OnTime is not null).ToList();
        if (valued.Count > 0)
            document.Chart(Charts.Bar("Oportunidad de respuesta por municipio (%)", valued.Select(r => r.Entity).ToList(),
                valued.Select(r => Math.Round(r.OnTime!.Value * 100, 1)).ToList(), "% oportunas"));

        document.Heading("Desde la última Mesa");
        document.Paragraph($"Mejoraron su oportunidad de respuesta ({comparison.Improved.Count}):")
            .Items(comparison.Improved.Count == 0 ? ["Ninguno."] : comparison.Improved.Select(Movement));
        document.Paragraph($"Empeoraron ({comparison.Worsened.Count}):")
            .Items(comparison.Worsened.Count == 0 ? ["Ninguno."] : comparison.Worsened.Select(Movement));

        var below = rows.SelectMany(r => MunicipalityComparison.Compared.Select(c => (r.Entity, Result: r.Result(c))))
            .Where(x => x.Result?.Light is TrafficLight.Rojo or TrafficLight.Amarillo).ToList();
        document.Heading($"Municipios por debajo de la meta ({below.Select(b => b.Entity).Distinct().Count()})")
            .Table(["Municipio", "Indicador", "Valor", "Meta", "Semáforo"],
                below.Select(b => (IReadOnlyList<ReportCell>)
                    [b.Entity, b.Result!.Indicator.Name, ReportFigures.Value(b.Result), ReportFigures.Target(b.Result), ReportFigures.Light(b.Result.Light)]),
                "Todos los municipios cumplen sus metas en el periodo.");

        document.Heading("Oportunidad de respuesta por mes");
        var monthly = context.Measure(period, cutOff, [IndicatorCode.OnTime], [SliceName.Entity, SliceName.Month]).Results;
        var months = monthly.Select(r => r.SliceValueOf(SliceName.Month)!).Distinct().Order(StringComparer.Ordinal).ToList();
        document.Table(["Municipio", .. months],
            rows.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.Entity,
                .. months.Select(m => ReportCell.Number(SpanishFigures.Value(IndicatorUnit.Proportion,
                    monthly.FirstOrDefault(x => x.SliceValueOf(SliceName.Month) == m && TextKey.Fold(x.SliceValueOf(SliceName.Entity)!) == TextKey.Fold(r.Entity))?.Value))),
            ]),
            "Sin peticiones en el periodo.");
        return document.ToPrintable();
    }

    private static ReportCell Value(MunicipalityRow row, IndicatorCode code) =>
        row.Result(code) is { } r ? ReportFigures.Value(r) : ReportCell.Number("—");

    private static ReportCell Light(MunicipalityRow row, IndicatorCode code) => ReportFigures.Light(row.Result(code)?.Light ?? TrafficLight.SinDatos);

    private static string Movement(MunicipalityRow row) =>
        $"{row.Entity}: de {SpanishFigures.Value(IndicatorUnit.Proportion, row.OnTimeBefore)} a {SpanishFigures.Value(IndicatorUnit.Proportion, row.OnTime)} " +
        $"({SpanishFigures.Change(IndicatorUnit.Proportion, row.OnTimeChange)}).";
}
