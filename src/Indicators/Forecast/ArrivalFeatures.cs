using System.Collections.Concurrent;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// The features of one series on one day, from what was known the day before: the calendar (weekday, business day,
/// holidays and the days around them, the entity's own closures, Holy Week, the December-January dip, month,
/// business days in the week and month), the series (its identity, its age) and its recent level (lags at 1, 7,
/// 14 and 28 days, means over 7, 14 and 28 days, the holiday-aware weekday mean of 8 weeks). Levels are divided
/// by the series' scale so one model serves large and small series alike.
/// </summary>
internal sealed class ArrivalFeatures(ForecastCalendar calendar)
{
    public const int Count = 27;

    private readonly ConcurrentDictionary<DateOnly, float[]> _days = new();

    /// <param name="y">The series' counts from its start; only y[..index] (the days before) is read.</param>
    public void Fill(Span<float> features, int seriesId, DateOnly start, double[] y, int index, double scale)
    {
        var day = start.AddDays(index);
        CalendarOf(day).CopyTo(features);
        var f = features[CalendarCount..];
        f[0] = seriesId;
        f[1] = Math.Min(index, 1500);
        f[2] = Lag(y, index, 1, scale);
        f[3] = Lag(y, index, 7, scale);
        f[4] = Lag(y, index, 14, scale);
        f[5] = Lag(y, index, 28, scale);
        f[6] = Mean(y, index, 7, scale);
        f[7] = Mean(y, index, 14, scale);
        f[8] = Mean(y, index, 28, scale);
        f[9] = (float)(WeekdayMean.Predict(calendar, start, y, index, day) / scale);
        f[10] = (float)(BusinessDayMean(start, y, index, 28) / scale);
        f[11] = Lag(y, index, 364, scale);
        f[12] = Mean(y, index, 91, scale);
    }

    private const int CalendarCount = 14;

    private float[] CalendarOf(DateOnly day) => _days.GetOrAdd(day, d =>
    [
        ((int)d.DayOfWeek + 6) % 7,
        calendar.IsBusinessDay(d) ? 1 : 0,
        calendar.IsHoliday(d) ? 1 : 0,
        calendar.IsEntityNonWorkingDay(d) ? 1 : 0,
        calendar.DaysSinceHoliday(d),
        calendar.DaysToHoliday(d),
        calendar.EndsLongClosure(d) ? 1 : 0,
        ForecastCalendar.IsHolyWeek(d) ? 1 : 0,
        ForecastCalendar.YearEndDipDay(d),
        d.Month,
        d.Day,
        d.DayOfYear,
        calendar.BusinessDaysInWeek(d),
        calendar.BusinessDaysInMonth(d),
    ]);

    private static float Lag(double[] y, int index, int lag, double scale) =>
        index - lag >= 0 ? (float)(y[index - lag] / scale) : float.NaN;

    private static float Mean(double[] y, int index, int days, double scale)
    {
        var from = Math.Max(0, index - days);
        if (from >= index)
            return float.NaN;
        var sum = 0.0;
        for (var i = from; i < index; i++)
            sum += y[i];
        return (float)(sum / (index - from) / scale);
    }

    private double BusinessDayMean(DateOnly start, double[] y, int index, int days)
    {
        double sum = 0;
        var n = 0;
        for (var i = Math.Max(0, index - days); i < index; i++)
            if (calendar.IsBusinessDay(start.AddDays(i)))
            {
                sum += y[i];
                n++;
            }
        return n == 0 ? 0 : sum / n;
    }
}
