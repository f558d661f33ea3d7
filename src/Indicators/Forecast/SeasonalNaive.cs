namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// The second baseline: each period is forecast as the same period one season earlier (the same weekday a week
/// before, the same week a year before, the same month a year before). When the history does not reach back a
/// season (ten months of weeks), the last complete period stands in. A period the origin cuts keeps what was
/// already observed and adds the earlier period's value for the share of its days still to come.
/// </summary>
public static class SeasonalNaive
{
    public static double[] Daily(DailyArrivals series, int days)
    {
        var result = new double[days];
        for (var h = 1; h <= days; h++)
        {
            var k = (h + 6) / 7;
            var i = series.Counts.Length - 1 + h - 7 * k;
            result[h - 1] = i >= 0 ? series.Counts[i] : 0;
        }
        return result;
    }

    /// <summary>The forecast of the period starting <paramref name="period"/> at the series' last day (week or month).</summary>
    public static double Period(DailyArrivals series, ForecastFrequency frequency, DateOnly period)
    {
        var end = frequency.PeriodEnd(period);
        var observed = PeriodSums.Observed(series, period, series.End);
        var firstUnknown = period > series.End ? period : series.End.AddDays(1);
        var share = (end.DayNumber - firstUnknown.DayNumber + 1) / (double)(end.DayNumber - period.DayNumber + 1);
        return observed + share * Earlier(series, frequency, period);
    }

    private static double Earlier(DailyArrivals series, ForecastFrequency frequency, DateOnly period)
    {
        var earlier = period;
        for (var k = 0; k < frequency.SeasonLength(); k++)
            earlier = frequency == ForecastFrequency.Week ? earlier.AddDays(-7) : earlier.AddMonths(-1);
        // A season back, as many seasons as needed to land on a complete period.
        while (frequency.PeriodEnd(earlier) > series.End && earlier >= series.Start)
            earlier = frequency == ForecastFrequency.Week ? earlier.AddDays(-7 * 52) : earlier.AddMonths(-12);
        if (earlier >= series.Start)
            return PeriodSums.Observed(series, earlier, frequency.PeriodEnd(earlier));
        var last = frequency.PeriodStart(series.End.AddDays(1));
        last = frequency == ForecastFrequency.Week ? last.AddDays(-7) : last.AddMonths(-1);
        return last >= series.Start ? PeriodSums.Observed(series, last, frequency.PeriodEnd(last)) : 0;
    }
}
