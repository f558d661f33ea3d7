using System.Globalization;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Turns what MiniExcel hands back for a cell into the text a CSV export would have carried, culture-free,
/// so the transforms parse one kind of input whichever format the file came in.
/// </summary>
internal static class XlsxCellText
{
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static string? From(object? value) => value switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        DateTime date => date.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateTimeOffset date => date.DateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        TimeSpan time => time.ToString("c", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => Number(number),
        float number => Number(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Plain digits, never "1E+15": radicados and document numbers are often stored as numbers.</summary>
    private static string Number(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
            return number.ToString(CultureInfo.InvariantCulture);
        if (number == Math.Floor(number) && Math.Abs(number) < 1e18)
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        // A double carries about 15 significant digits; more would print noise such as 0.1000000000000000055.
        return number.ToString("0.###############################", CultureInfo.InvariantCulture);
    }
}
