using System.Globalization;
using System.Text.RegularExpressions;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>A half year as the public report names it: 2024-1 is January to June 2024, 2024-2 July to December.</summary>
public sealed partial record Semester(int Year, int Half)
{
    public static Semester? TryParse(string text)
    {
        var match = Pattern().Match(text.Trim());
        return match.Success ? new Semester(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0') : null;
    }

    public Period Period => Half == 1
        ? Period.Of(new DateOnly(Year, 1, 1), new DateOnly(Year, 6, 30))
        : Period.Of(new DateOnly(Year, 7, 1), new DateOnly(Year, 12, 31));

    public string Name => $"{(Half == 1 ? "primer" : "segundo")} semestre de {Year}";

    [GeneratedRegex(@"^(\d{4})-([12])$")]
    private static partial Regex Pattern();
}
