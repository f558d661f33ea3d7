using System.Globalization;
using System.Text;

namespace IndicadoresServicio.Core.Text;

/// <summary>
/// Folds text typed by people ("Petición", " INFORMACIÓN ", "Alcaldía  de Ejemplo") into keys that compare
/// equal however it was capitalised or accented, because exports from different systems never agree on either.
/// </summary>
public static class TextKey
{
    /// <summary>Trims, removes diacritics and invisible format characters, lower-cases (invariant) and collapses inner whitespace to one space.</summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);

        var decomposed = s.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            // Accents become combining marks after FormD; BOMs and zero-width marks are format characters.
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// How a name is shown: trimmed, every run of whitespace (line breaks and tabs from multi-line export cells
    /// included) made one plain space. Accents and case are kept. The same string when there is nothing to tidy,
    /// which is nearly always, so a load pays no allocation for it.
    /// </summary>
    public static string Tidy(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (IsTidy(s))
            return s;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsTidy(string s)
    {
        if (s.Length == 0)
            return true;
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
            return false;
        for (var i = 1; i < s.Length; i++)
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || s[i - 1] == ' '))
                return false;
        return true;
    }

    /// <summary>
    /// <see cref="Fold"/>, then every run of characters other than ASCII letters and digits becomes one '-',
    /// trimmed of '-' at both ends. Only ASCII survives because slugs name files that travel between systems.
    /// </summary>
    public static string Slug(string s)
    {
        var folded = Fold(s);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
