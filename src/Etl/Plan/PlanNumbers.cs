using System.Globalization;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>
/// Numbers as plan workbooks carry them: real numbers (a percentage cell is its fraction, 0.5), "100%" or "45,5 %"
/// typed as text (read as the same fraction), "1.250,5" or "1,250.5", and the words people write for "nothing here":
/// "NP" (no programado), "N/A", "-".
/// </summary>
public static class PlanNumbers
{
    private static readonly HashSet<string> Nothing = new(StringComparer.Ordinal) { "np", "n/p", "n.p.", "na", "n/a", "n.a.", "no aplica", "no programado", "-", "--", "—" };

    /// <summary>False when the text is no number (the caller quarantines the row); a blank or "NP" is a success with null.</summary>
    public static bool TryParse(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text) || Nothing.Contains(TextKey.Fold(text)))
            return true;
        var s = text.Trim().Replace(" ", "").Replace("\u00A0", "");
        var percent = s.EndsWith('%');
        if (percent)
            s = s[..^1];
        s = Invariant(s);
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number) || double.IsInfinity(number))
            return false;
        value = percent ? number / 100 : number;
        return true;
    }

    /// <summary>"1.250,5" and "1,250.5" to "1250.5": the last separator is the decimal one; one kind repeated is thousands.</summary>
    private static string Invariant(string s)
    {
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
            return comma > dot ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        if (comma >= 0)
            return s.Count(c => c == ',') > 1 ? s.Replace(",", "") : s.Replace(',', '.');
        if (dot >= 0 && s.Count(c => c == '.') > 1)
            return s.Replace(".", "");
        return s;
    }
}
