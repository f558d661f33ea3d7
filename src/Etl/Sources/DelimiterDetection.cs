namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Finds the delimiter from the header line: whichever of ";", "," and tab appears most outside quotes.
/// Colombian Excel saves CSV with ";" (the decimal separator is ","), so ";" wins ties.
/// </summary>
internal static class DelimiterDetection
{
    private static readonly char[] Candidates = [';', ',', '\t'];

    public static char Detect(string headerLine)
    {
        var best = Candidates[0];
        var bestCount = 0;
        foreach (var candidate in Candidates)
        {
            var count = CountOutsideQuotes(headerLine, candidate);
            if (count > bestCount)
                (best, bestCount) = (candidate, count);
        }
        return best;
    }

    /// <summary>Splits one physical line on the delimiter, ignoring delimiters inside quotes. Only for finding the header.</summary>
    public static IReadOnlyList<string> SplitOutsideQuotes(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == delimiter && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == delimiter && !quoted)
                count++;
        }
        return count;
    }
}
