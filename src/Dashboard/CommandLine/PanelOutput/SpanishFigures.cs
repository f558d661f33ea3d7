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
        IndicatorUnit.Score => Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("N2", Spanish) + " / 5",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>
    /// A change, signed: +8, -25,0 pp (percentage points), +3,8 días. A change too small to show reads 0,0,
    /// without a sign that would claim a direction.
    /// </summary>
    public static string Change(IndicatorUnit unit, double? change)
    {
        if (change is not { } c)
            return Missing;
        var (shown, decimals) = unit switch
        {
            IndicatorUnit.Count => (Math.Abs(c), 0),
            IndicatorUnit.Proportion => (Math.Abs(c) * 100, 1),
            IndicatorUnit.BusinessDays => (Math.Abs(c), 1),
            IndicatorUnit.Score => (Math.Abs(c), 2),
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };
        var rounded = Math.Round(shown, decimals, MidpointRounding.AwayFromZero);
        var sign = rounded == 0 ? "" : c > 0 ? "+" : "-";
        var suffix = unit switch { IndicatorUnit.Proportion => " pp", IndicatorUnit.BusinessDays => " días", _ => "" };
        return sign + rounded.ToString("N" + decimals, Spanish) + suffix;
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
