namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// The first baseline (docs/pronostico.md): a business day is forecast as the mean of the same weekday's business
/// days over the last 8 weeks; a holiday, weekend or closure day as the mean of the non-business days of those 8
/// weeks. It needs no training, so it also serves series too short for the model.
/// </summary>
public static class WeekdayMean
{
    public const int Weeks = 8;

    /// <summary>The forecast for <paramref name="day"/> from y[..endExclusive] (days from <paramref name="start"/>).</summary>
    public static double Predict(ForecastCalendar calendar, DateOnly start, double[] y, int endExclusive, DateOnly day)
    {
        var from = Math.Max(0, endExclusive - Weeks * 7);
        double sum = 0, any = 0;
        int n = 0, anyN = 0;
        if (calendar.IsBusinessDay(day))
        {
            for (var i = from; i < endExclusive; i++)
            {
                var d = start.AddDays(i);
                if (!calendar.IsBusinessDay(d))
                    continue;
                any += y[i];
                anyN++;
                if (d.DayOfWeek == day.DayOfWeek)
                {
                    sum += y[i];
                    n++;
                }
            }
            return n > 0 ? sum / n : anyN > 0 ? any / anyN : 0;
        }
        for (var i = from; i < endExclusive; i++)
            if (!calendar.IsBusinessDay(start.AddDays(i)))
            {
                sum += y[i];
                n++;
            }
        return n > 0 ? sum / n : 0;
    }

    /// <summary>The baseline for each of the <paramref name="days"/> days after the series' last day.</summary>
    public static double[] Forecast(ForecastCalendar calendar, DailyArrivals series, int days)
    {
        var result = new double[days];
        for (var h = 0; h < days; h++)
            result[h] = Predict(calendar, series.Start, series.Counts, series.Counts.Length, series.End.AddDays(h + 1));
        return result;
    }
}
