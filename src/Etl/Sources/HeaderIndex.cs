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

    public bool TryFind(string header, out int position) => _positions.TryGetValue(header, out position);
}
