using System.Collections.Concurrent;
namespace IndicadoresServicio.Etl.Sources;

/// <summary>The columns every row of a table shares, found by folded header, so rows only carry their values.</summary>
internal sealed class HeaderIndex
{
    private readonly Dictionary<string, int> _positions;

    public HeaderIndex(IReadOnlyList<string> names)
    {
        Names = names;
        _positions = new Dictionary<string, int>(names.Count, HeaderText.Comparer);
        for (var i = 0; i < names.Count; i++)
            _positions.Add(names[i], i);
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Callers ask for the same few header spellings on every row; remembering them by exact text spares
    /// folding the key (Unicode decomposition) several times per cell.
    /// </summary>
    private readonly ConcurrentDictionary<string, int> _asked = new(StringComparer.Ordinal);

    public bool TryFind(string header, out int position)
    {
        if (_asked.TryGetValue(header, out position))
            return position >= 0;
        var found = _positions.TryGetValue(header, out position);
        _asked.TryAdd(header, found ? position : -1);
        return found;
    }
}
