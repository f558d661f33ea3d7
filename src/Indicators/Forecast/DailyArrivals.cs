namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// Petitions filed per day in one series, from its first filing to the training cut-off (both included), with the
/// days without filings as zeros. Nothing after the cut-off is ever held, so nothing after it can leak.
/// </summary>
public sealed class DailyArrivals
{
    public DailyArrivals(SeriesKey key, DateOnly start, double[] counts)
    {
        Key = key;
        Start = start;
        Counts = counts;
    }

    public SeriesKey Key { get; }

    /// <summary>The day of the series' first filing.</summary>
    public DateOnly Start { get; }

    /// <summary>Counts[i] = petitions filed on Start + i.</summary>
    public double[] Counts { get; }

    /// <summary>The last day held (the cut-off).</summary>
    public DateOnly End => Start.AddDays(Counts.Length - 1);

    public int IndexOf(DateOnly day) => day.DayNumber - Start.DayNumber;

    public double On(DateOnly day)
    {
        var i = IndexOf(day);
        return i >= 0 && i < Counts.Length ? Counts[i] : 0;
    }

    /// <summary>The same series as it was known at <paramref name="cutOff"/>: nothing filed after it.</summary>
    public DailyArrivals Until(DateOnly cutOff)
    {
        var length = Math.Clamp(IndexOf(cutOff) + 1, 0, Counts.Length);
        return new DailyArrivals(Key, Start, Counts[..length]);
    }

    /// <summary>Days from its first filing to the cut-off, both included.</summary>
    public int Age => Counts.Length;
}
