namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// Repeated header names in a PAAC header: "% de avance", "% de avance (2)", "% de avance (3)". Stands in for the
/// shared rule the surveys room is adding to src/Etl/Sources (RepeatedHeaders.Numbered); when it lands on main this
/// forwards to it.
/// </summary>
internal static class HeaderRepeats
{
    public static IReadOnlyList<string> Numbered(IReadOnlyList<string> headers)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Indicators.Text.TextKey.Fold(headers[i]);
            var count = seen.GetValueOrDefault(key) + 1;
            seen[key] = count;
            result[i] = count == 1 ? headers[i] : $"{headers[i]} ({count})";
        }
        return result;
    }
}
