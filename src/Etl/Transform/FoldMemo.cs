using IndicadoresServicio.Indicators.Text;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// Remembers <see cref="TextKey.Fold"/> results for one load. Exports repeat the same few hundred labels
/// (types, channels, dependencies, topics) a million times, and folding decomposes Unicode on every call.
/// Bounded, so a column of free text cannot grow it without limit. Not thread-safe: one per load pass.
/// </summary>
public sealed class FoldMemo(int capacity = 50_000)
{
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    public string Fold(string text)
    {
        if (_folded.TryGetValue(text, out var folded))
            return folded;
        folded = TextKey.Fold(text);
        if (_folded.Count < capacity)
            _folded[text] = folded;
        return folded;
    }
}
