namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Exports repeat headers (Microsoft Forms writes "Nombre" for the respondent and for a question; two-row PAAC
/// headers repeat a group's title). Every dataset addresses a repeat the same way: the first occurrence keeps its
/// text, the second is "Nombre (2)", the third "Nombre (3)". Occurrences are counted with headers folded as
/// everywhere else (accents, case, spacing), so "Tipo" and "TIPO " are the same header twice.
/// </summary>
public static class RepeatedHeaders
{
    /// <summary>
    /// The headers with every repeat numbered by its occurrence: ["Nombre", "Edad", "nombre"] gives
    /// ["Nombre", "Edad", "nombre (2)"]. A number already taken by a header of the file is skipped, so the result
    /// never repeats. Headers that do not repeat come back unchanged, in the same order.
    /// </summary>
    public static IReadOnlyList<string> Numbered(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<string>(headers, HeaderText.Comparer);
        var occurrences = new Dictionary<string, int>(HeaderText.Comparer);
        var result = new string[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var seen = occurrences.GetValueOrDefault(header);
            occurrences[header] = seen + 1;
            if (seen == 0)
            {
                result[i] = header;
                continue;
            }
            var number = seen + 1;
            var numbered = $"{header} ({number})";
            while (taken.Contains(numbered))
                numbered = $"{header} ({++number})";
            occurrences[header] = number;
            taken.Add(numbered);
            result[i] = numbered;
        }
        return result;
    }
}
