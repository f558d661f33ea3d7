using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// An indicator result as report cells, formatted exactly as `medir` formats its table (<see cref="SpanishFigures"/>),
/// so a figure in a PDF can be checked against the command line. The traffic light is always a word.
/// </summary>
internal static class ReportFigures
{
    public static ReportCell Value(IndicatorResult result) => ReportCell.Number(SpanishFigures.Value(result.Indicator.Unit, result.Value));

    public static ReportCell Previous(IndicatorResult result) => ReportCell.Number(SpanishFigures.Value(result.Indicator.Unit, result.PreviousValue));

    public static ReportCell Change(IndicatorResult result) => ReportCell.Number(SpanishFigures.Change(result.Indicator.Unit, result.Change));

    public static ReportCell Target(IndicatorResult result) => ReportCell.Number(SpanishFigures.Target(result.Indicator, result.Target));

    public static ReportCell Light(TrafficLight light) => new(Word(light), light switch
    {
        TrafficLight.Verde => "semaforo semaforo-verde",
        TrafficLight.Amarillo => "semaforo semaforo-amarillo",
        TrafficLight.Rojo => "semaforo semaforo-rojo",
        _ => "semaforo",
    });

    public static string Word(TrafficLight light) => light switch
    {
        TrafficLight.Verde => "Verde",
        TrafficLight.Amarillo => "Amarillo",
        TrafficLight.Rojo => "Rojo",
        TrafficLight.SinDatos => "Sin datos",
        _ => "Sin meta",
    };

    public static string Text(IndicatorResult result) => SpanishFigures.Value(result.Indicator.Unit, result.Value);

    public static string Count(double value) => SpanishFigures.Count(value);

    /// <summary>
    /// The panel table every report opens with: code, indicator, value, target, light, previous period, change. The
    /// code has its own narrow column so it never wraps and starts the row's first printed line.
    /// </summary>
    public static readonly string[] PanelHeaders = ["Código", "Indicador", "Valor", "Meta", "Semáforo", "Periodo anterior", "Cambio"];

    public static IReadOnlyList<ReportCell> PanelRow(IndicatorResult r) =>
        [new(r.Code.Text, "codigo"), r.Indicator.Name, Value(r), Target(r), Light(r.Light), Previous(r), Change(r)];

    /// <summary>Rates go to charts as percentages (95,3), the rest as they are.</summary>
    public static double ChartValue(IndicatorResult result) =>
        (result.Indicator.Unit == IndicatorUnit.Proportion ? result.Value * 100 : result.Value) ?? 0;
}
