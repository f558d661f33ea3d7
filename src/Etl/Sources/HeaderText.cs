using System.Globalization;
using System.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Header matching that forgives what exports and clerks vary on: accents, case, stray spaces.
/// "Fecha  Radicación " and "fecha radicacion" name the same column.
/// (Kept private to the ETL on purpose; a shared text-key helper may replace it later.)
/// </summary>
internal static class HeaderText
{
    public static IEqualityComparer<string> Comparer { get; } = new FoldComparer();

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Accents become combining marks after FormD; BOMs and zero-width marks are format characters.
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    public static bool SameHeader(string a, string b) => Comparer.Equals(a, b);

    private sealed class FoldComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Fold(x) == Fold(y));

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Fold(obj));
    }
}
