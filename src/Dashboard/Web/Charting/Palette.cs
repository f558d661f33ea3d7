namespace IndicadoresServicio.Dashboard.Web.Charting;

/// <summary>
/// Okabe-Ito colours: told apart by people with the common forms of colour blindness, and still distinct when
/// printed in grey. Ordered so the first series get the most contrasting ones.
/// </summary>
public static class Palette
{
    public const string Blue = "#0072B2";
    public const string Orange = "#E69F00";
    public const string BluishGreen = "#009E73";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";
    public const string SkyBlue = "#56B4E9";
    public const string Yellow = "#F0E442";
    public const string Black = "#000000";

    public static IReadOnlyList<string> Series { get; } = [Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Yellow, Black];
}
