using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Header matching that forgives what exports and clerks vary on: accents, case, stray spaces.
/// "Fecha  Radicación " and "fecha radicacion" name the same column.
/// </summary>
internal static class HeaderText
{
    public static IEqualityComparer<string> Comparer { get; } = new FoldComparer();

    public static string Fold(string text) => TextKey.Fold(text);

    public static bool SameHeader(string a, string b) => Comparer.Equals(a, b);

    private sealed class FoldComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Fold(x) == Fold(y));

        public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Fold(obj));
    }
}
