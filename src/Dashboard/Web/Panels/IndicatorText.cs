using System.Globalization;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>
/// How an indicator's figures read in Spanish (Colombia): 95,3 %; 12,4 días; 1.234. Rates are fractions in the
/// engine and percentages on screen; a change of a rate is in percentage points, never a percentage of a percentage.
/// </summary>
public static class IndicatorText
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static string Value(IndicatorUnit unit, double? value) => value is not { } v ? "—" : unit switch
    {
        IndicatorUnit.Proportion => Number(v * 100) + " %",
        IndicatorUnit.BusinessDays => Number(v) + (Math.Round(v, 1) == 1 ? " día" : " días"),
        IndicatorUnit.Score => Two(v) + " / 5",
        _ => Whole(v),
    };

    /// <summary>The change with its sign: +1,2 p. p.; −0,5 días; +12.</summary>
    public static string Change(IndicatorUnit unit, double? change) => change is not { } c ? "—" : unit switch
    {
        IndicatorUnit.Proportion => Signed(c * 100, Number(Math.Abs(c * 100))) + " p. p.",
        IndicatorUnit.BusinessDays => Signed(c, Number(Math.Abs(c))) + " días",
        IndicatorUnit.Score => Signed(c, Two(Math.Abs(c))),
        _ => Signed(c, Whole(Math.Abs(c))),
    };

    /// <summary>The target as a rule: «≥ 95 %» when more is better, «≤ 5 %» when less is.</summary>
    public static string Target(IndicatorDefinition indicator, Target? target) => target is null || indicator.Direction == IndicatorDirection.Informative
        ? "sin meta"
        : (indicator.Direction == IndicatorDirection.HigherIsBetter ? "≥ " : "≤ ") + Value(indicator.Unit, target.Goal);

    /// <summary>The number a table cell and a download carry: rates as percentages, days and counts as they are.</summary>
    // "+ 0.0" turns the -0.0 that rounding a tiny negative change gives into 0, so no table shows "-0".
    public static double? Shown(IndicatorUnit unit, double? value) => value is not { } v ? null : unit switch
    {
        IndicatorUnit.Proportion => Math.Round(v * 100, 1) + 0.0,
        IndicatorUnit.BusinessDays => Math.Round(v, 1) + 0.0,
        IndicatorUnit.Score => Math.Round(v, 2) + 0.0,
        _ => v,
    };

    /// <summary>The unit's word in a column header or beside a number: «%», «días hábiles», «peticiones».</summary>
    public static string UnitWord(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Proportion => "%",
        IndicatorUnit.BusinessDays => "días hábiles",
        IndicatorUnit.Score => "puntos de 1 a 5",
        _ => "peticiones",
    };

    private static string Number(double value) => Math.Round(value, 1).ToString("#,##0.#", Colombia);

    private static string Two(double value) => Math.Round(value, 2).ToString("0.00", Colombia);

    private static string Whole(double value) => Math.Round(value).ToString("N0", Colombia);

    private static string Signed(double value, string magnitude) =>
        Math.Round(value, 1) switch { > 0 => "+" + magnitude, < 0 => "−" + magnitude, _ => magnitude };
}
