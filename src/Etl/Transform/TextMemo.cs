namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// What one load worked out from a cell's exact text (a type, a channel, a dependency's official name). Exports
/// repeat the same few hundred labels a million times; each costs folding, alias and value-map lookups the first
/// time only. Bounded, so a column of free text cannot grow it without limit. Not thread-safe: one per load pass.
/// </summary>
internal sealed class TextMemo<T>(int capacity = 50_000)
{
    private readonly Dictionary<string, T> _known = new(StringComparer.Ordinal);

    public bool TryGet(string text, out T value) => _known.TryGetValue(text, out value!);

    public T Remember(string text, T value)
    {
        if (_known.Count < capacity)
            _known[text] = value;
        return value;
    }
}
