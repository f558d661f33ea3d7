using System.Text.RegularExpressions;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// An activity's number in its plan ("1.1", "2.2.", "5.2.1"): a trailing dot is not part of it, so "2.2." and
/// "2.2" are the same activity. Plans that write no number column put it at the start of the activity's text
/// ("1.1 Dotación y fortalecimiento…").
/// </summary>
public static partial class ActivityNumber
{
    /// <summary>The number as the identity keeps it: trimmed, without trailing dots, null when blank.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var number = text.Trim().TrimEnd('.').Trim();
        return number.Length == 0 ? null : number;
    }

    /// <summary>"1.1 Dotación…" gives ("1.1", "Dotación…"); a text that starts with no number gives (null, text).</summary>
    public static (string? Number, string Text) Split(string text)
    {
        var match = Leading().Match(text);
        return match.Success ? (Normalise(match.Groups[1].Value), text[match.Length..].Trim()) : (null, text.Trim());
    }

    [GeneratedRegex(@"^\s*(\d{1,2}(?:\.\d{1,3})+\.?|\d{1,2}\.)\s+")]
    private static partial Regex Leading();
}
