namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>Arrivals added up over periods, and the scale MASE divides by.</summary>
public static class PeriodSums
{
    /// <summary>Observed arrivals of the series from <paramref name="from"/> to <paramref name="to"/> (days outside it count zero).</summary>
    public static double Observed(DailyArrivals series, DateOnly from, DateOnly to)
    {
        var a = Math.Max(0, series.IndexOf(from));
        var b = Math.Min(series.Counts.Length - 1, series.IndexOf(to));
        var sum = 0.0;
        for (var i = a; i <= b; i++)
            sum += series.Counts[i];
        return sum;
    }

    /// <summary>The complete periods of the series: those that start on or after its first day and end by its last.</summary>
    public static List<double> CompletePeriods(DailyArrivals series, ForecastFrequency frequency)
    {
        var values = new List<double>();
        var p = frequency.PeriodStart(series.Start);
        if (p < series.Start)
            p = frequency.NextPeriod(p);
        for (; frequency.PeriodEnd(p) <= series.End; p = frequency.NextPeriod(p))
            values.Add(Observed(series, p, frequency.PeriodEnd(p)));
        return values;
    }

    /// <summary>
    /// MASE's denominator: the in-sample mean absolute error of the seasonal naive (lag 7 days, 52 weeks, 12 months).
    /// A history shorter than two seasons plus one period uses the plain naive (lag 1) instead; NaN when even that
    /// cannot be computed or is zero (a series that never changes has no scale).
    /// </summary>
    public static double MaseScale(DailyArrivals series, ForecastFrequency frequency)
    {
        var values = frequency == ForecastFrequency.Day ? series.Counts.ToList() : CompletePeriods(series, frequency);
        var lag = frequency.SeasonLength();
        if (values.Count < lag + 2)
            lag = 1;
        if (values.Count < lag + 2)
            return double.NaN;
        var sum = 0.0;
        for (var i = lag; i < values.Count; i++)
            sum += Math.Abs(values[i] - values[i - lag]);
        var scale = sum / (values.Count - lag);
        return scale > 0 ? scale : double.NaN;
    }
}
