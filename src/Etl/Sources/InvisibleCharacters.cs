using System.Buffers;
using System.Globalization;
using System.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Characters no one can see: NUL and the other control characters, and the invisible formatting ones (zero-width
/// space, byte-order mark, direction marks, soft hyphen). Left in a cell they make «Secretaría de Hacienda\0» a
/// dependency of its own that looks like the real one, whose petitions the real secretaría never sees; PostgreSQL
/// refuses NUL outright. The reader takes them out of every cell. Tab and line breaks stay: they are text's own.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => c is not ('\t' or '\n' or '\r') && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
            .ToArray());

    /// <summary><paramref name="text"/> without its invisible characters; the same string when it has none (the usual case).</summary>
    public static string? Strip(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny(Invisible) < 0)
            return text;
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!Invisible.Contains(c))
                kept.Append(c);
        return kept.ToString();
    }
}
