using System.Globalization;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// An activity's reported progress, 0-100 (percent points), read as OCIs type it: "80%", "80 %", "80,5 %", 80,
/// 0.8 in a cell formatted as a percentage, or a word the profile maps ("Cumplida": 100). A blank cell is no
/// report (null, not an error).
/// </summary>
public static class Progress
{
    /// <param name="text">The cell as text.</param>
    /// <param name="percentCell">The cell is formatted as a percentage: Excel keeps 80 % as 0.8.</param>
    /// <param name="words">The profile's <c>valores.avance</c>, keys folded.</param>
    /// <param name="value">Percent points, or null when the cell is blank.</param>
    /// <param name="problem">Why the text is not a progress, in Spanish.</param>
    public static bool TryParse(string? text, bool percentCell, IReadOnlyDictionary<string, double> words, out double? value, out string? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var trimmed = text.Trim();
        if (words.TryGetValue(TextKey.Fold(trimmed), out var mapped))
            return InRange(mapped, trimmed, out value, out problem);

        var hasPercent = trimmed.EndsWith('%');
        var number = hasPercent ? trimmed[..^1].TrimEnd() : trimmed;
        if (!TryNumber(number, out var parsed))
        {
            problem = $"el avance «{trimmed}» no es un número, un porcentaje ni una palabra de \"valores.avance\" del perfil";
            return false;
        }
        if (percentCell && !hasPercent)
            parsed *= 100;
        return InRange(Math.Round(parsed, 4), trimmed, out value, out problem);
    }

    private static bool InRange(double parsed, string text, out double? value, out string? problem)
    {
        value = null;
        problem = null;
        if (parsed is < 0 or > 100 || double.IsNaN(parsed))
        {
            problem = $"el avance «{text}» está fuera de 0 a 100 %";
            return false;
        }
        value = parsed;
        return true;
    }

    // "80", "80.5", "80,5": a decimal comma is how es-CO writes it; thousands separators never occur in 0-100.
    private static bool TryNumber(string text, out double number) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
}
