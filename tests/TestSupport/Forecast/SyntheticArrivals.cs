using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.Forecast;

namespace IndicadoresServicio.TestSupport.Forecast;

/// <summary>
/// Daily arrivals drawn from a known pattern, so a forecast can be judged against the truth: a level per series,
/// a weekly profile (Monday busiest, weekends nearly empty), public holidays almost empty and the business day
/// after a long closure busier, a yearly wave (high in March and in the second half, low mid-year), Holy Week
/// and the December-January dip, slow growth; Poisson noise from a seeded random source.
/// </summary>
public static class SyntheticArrivals
{
    private static readonly double[] Weekday = [1.30, 1.10, 1.00, 0.95, 0.85, 0.12, 0.05]; // Monday first

    /// <summary>The expected arrivals of a series of <paramref name="level"/> on a day.</summary>
    public static double Rate(double level, DateOnly day, DateOnly origin, BusinessCalendar calendar)
    {
        var open = calendar.IsBusinessDay(day);
        var weekday = ((int)day.DayOfWeek + 6) % 7;
        var rate = level * (open ? Weekday[weekday] : weekday >= 5 ? Weekday[weekday] : 0.08);
        if (open && !calendar.IsBusinessDay(day.AddDays(-1)) && !calendar.IsBusinessDay(day.AddDays(-2)) && !calendar.IsBusinessDay(day.AddDays(-3)))
            rate *= 1.45;
        rate *= 1 + 0.3 * Math.Sin(2 * Math.PI * (day.DayOfYear - 30) / 365.25);
        if (ForecastCalendar.IsHolyWeek(day))
            rate *= 0.6;
        if (ForecastCalendar.YearEndDipDay(day) is >= 5 and <= 27)
            rate *= 0.45;
        return rate * (1 + 0.0003 * (day.DayNumber - origin.DayNumber));
    }

    /// <summary>One series from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static DailyArrivals Series(SeriesKey key, double level, DateOnly from, DateOnly to, int seed, BusinessCalendar? calendar = null)
    {
        calendar ??= BusinessCalendar.National;
        var random = new Random(seed);
        var counts = new double[to.DayNumber - from.DayNumber + 1];
        for (var i = 0; i < counts.Length; i++)
            counts[i] = Poisson(random, Rate(level, from.AddDays(i), from, calendar));
        return new DailyArrivals(key, from, counts);
    }

    /// <summary>Several dependency series of different levels (the first one large, the others smaller).</summary>
    public static List<DailyArrivals> Dependencies(int count, DateOnly from, DateOnly to, int seed = 1) =>
        Enumerable.Range(0, count)
            .Select(i => Series(new SeriesKey(ArrivalSlice.Dependency, $"Dependencia {i + 1:00}"), 40.0 / (1 + i % 5), from, to, seed * 1000 + i))
            .ToList();

    /// <summary>A Poisson draw: Knuth's product method for small means, a rounded normal for large ones.</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 40)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * normal));
        }
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }
        return k;
    }
}
