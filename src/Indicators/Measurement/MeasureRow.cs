namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// One row of a measure script: a period (current or previous), one combination of slice members, and the
/// measures computed for it. <see cref="Empty"/> stands for a combination with no rows at all.
/// </summary>
internal sealed record MeasureRow(
    bool IsCurrent,
    string KeyText,
    IReadOnlyList<SliceValue> Slices,
    IReadOnlyDictionary<string, double?> Measures)
{
    public static MeasureRow Empty(bool isCurrent, IReadOnlyList<SliceValue> slices) =>
        new(isCurrent, "", slices, new Dictionary<string, double?>());

    public bool IsEmpty => Measures.Count == 0;

    /// <summary>A measure's value; zero for an empty row; a name the script never computed is a catalogue bug.</summary>
    public double? Get(string measure)
    {
        if (IsEmpty)
            return 0;
        return Measures.TryGetValue(measure, out var value)
            ? value
            : throw new InvalidOperationException($"El script de medidas no calcula la medida «{measure}» que nombra el catálogo.");
    }
}
