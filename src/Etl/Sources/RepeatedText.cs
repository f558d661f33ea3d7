namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// One string for each distinct short text of a column: exports repeat the same types, channels, dependencies and
/// dates a million times, and a new string for each is most of what reading a row allocates. A column whose texts do
/// not repeat (radicados, timestamps) is found out within its first rows and left alone. Not thread-safe: one per column
/// of one file being read.
/// </summary>
internal sealed class RepeatedText
{
    /// <summary>Longer texts are free text; comparing them would cost more than copying.</summary>
    private const int LongestKept = 64;
    /// <summary>Distinct texts kept at most, so that a column of nearly unique values cannot grow without limit.</summary>
    private const int MostKept = 4096;
    /// <summary>After this many texts, a column where fewer than half were repeats is read without sharing.</summary>
    private const int Trial = 4096;

    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _asked;
    private int _repeats;
    private bool _unique;

    public RepeatedText() => _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Of(ReadOnlySpan<char> text)
    {
        if (_unique || text.Length > LongestKept)
            return new string(text);
        if (_lookup.TryGetValue(text, out var known))
        {
            _repeats++;
            Tried();
            return known;
        }
        var made = new string(text);
        if (_known.Count < MostKept)
            _known.Add(made);
        Tried();
        return made;
    }

    private void Tried()
    {
        if (++_asked == Trial && _repeats < Trial / 2)
        {
            _unique = true;
            _known.Clear();
        }
    }
}
