namespace IndicadoresServicio.Generator.Filing;

/// <summary>
/// Splits the requested number of petitions over the days of the period in proportion to their weights, exactly:
/// each day gets the difference of the rounded cumulative totals, so the days add up to the total to the unit.
/// </summary>
internal static class DailyVolumes
{
    public static long[] Split(long total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var counts = new long[weights.Count];
        var cumulative = 0.0;
        var assigned = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            cumulative += weights[i];
            var upTo = i == counts.Length - 1 ? total : (long)Math.Round(cumulative / sum * total);
            counts[i] = upTo - assigned;
            assigned = upTo;
        }
        return counts;
    }
}
