using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// Remembers <see cref="TextKey.Fold"/> results for one load. Exports repeat the same few hundred labels
/// (types, channels, dependencies, topics) a million times, and folding decomposes Unicode on every call.
/// Bounded like every <see cref="TextMemo{T}"/>. Not thread-safe: one per load pass.
/// </summary>
public sealed class FoldMemo
{
    private readonly TextMemo<string> _folded = new();

    public string Fold(string text) =>
        _folded.TryGet(text, out var folded) ? folded : _folded.Remember(text, TextKey.Fold(text));
}
