using System.Globalization;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>How people read figures in Colombia (es-CO): 1.234 conteos, 95,3 %, 12,4 días; «—» where there is no value.</summary>
internal static class SpanishFigures
{
    public const string Missing = "—";

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");

    public static string Value(IndicatorUnit unit, double? value) => value is not { } v ? Missing : unit switch
    {
        IndicatorUnit.Count => Count(v),
        IndicatorUnit.Proportion => OneDecimal(v * 100) + " %",
        IndicatorUnit.BusinessDays => OneDecimal(v) + " días",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>A change, always signed: +8, −25,0 pp (percentage points), +3,8 días.</summary>
    public static string Change(IndicatorUnit unit, double? change)
    {
        if (change is not { } c)
            return Missing;
        var sign = c > 0 ? "+" : c < 0 ? "-" : "";
        var magnitude = Math.Abs(c);
        return sign + unit switch
        {
            IndicatorUnit.Count => Count(magnitude),
            IndicatorUnit.Proportion => OneDecimal(magnitude * 100) + " pp",
            IndicatorUnit.BusinessDays => OneDecimal(magnitude) + " días",
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };
    }

    /// <summary>The target as a condition: ≥ 95,0 % when more is better, ≤ 5,0 % when less is.</summary>
    public static string Target(IndicatorDefinition indicator, Target? target) =>
        target is null || indicator.Direction == IndicatorDirection.Informative
            ? Missing
            : (indicator.Direction == IndicatorDirection.HigherIsBetter ? "≥ " : "≤ ") + Value(indicator.Unit, target.Goal);

    public static string Count(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", Spanish);

    public static string OneDecimal(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("N1", Spanish);
}
