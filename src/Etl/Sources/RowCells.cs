using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// A row's cells as a read-only dictionary over the table's shared <see cref="HeaderIndex"/>: one
/// array per row instead of one hash table per row, which matters at a million rows.
/// </summary>
internal sealed class RowCells(HeaderIndex headers, string?[] values) : IReadOnlyDictionary<string, string?>
{
    public string? this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"La fila no tiene la columna '{key}'.");

    public IEnumerable<string> Keys => headers.Names;

    public IEnumerable<string?> Values => values;

    public int Count => values.Length;

    /// <summary>The header every row of the table shares; callers that look up a column once per table keep its position.</summary>
    public HeaderIndex Headers => headers;

    public string? ValueAt(int position) => values[position];

    public bool ContainsKey(string key) => headers.TryFind(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        var found = headers.TryFind(key, out var position);
        value = found ? values[position] : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
            yield return new KeyValuePair<string, string?>(headers.Names[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join("; ", this.Select(c => $"{c.Key}={c.Value}"));
}
