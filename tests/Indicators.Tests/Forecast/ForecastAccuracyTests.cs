using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport.Forecast;

namespace IndicadoresServicio.Indicators.Tests.Forecast;

/// <summary>
/// The model against both baselines on generated arrivals whose weekly and yearly pattern and holidays are known.
/// The baselines are recomputed here from their definitions (docs/pronostico.md), not taken from the forecaster.
/// </summary>
public sealed class ForecastAccuracyTests
{
    private static readonly DateOnly First = new(2020, 1, 6);
    private static readonly DateOnly Last = new(2024, 6, 30);

    // A Sunday: the 13 weeks after it cross the December-January dip, where a recent mean goes wrong.
    private static readonly DateOnly CutOff = new(2023, 11, 5);

    [Fact]
    public void The_weekly_forecast_beats_both_baselines_on_the_13_weeks_held_back()
    {
        var truth = SyntheticArrivals.Dependencies(6, First, Last);

        var forecast = DemandForecaster.Run(truth, CutOff, ForecastCalendar.National, new ForecastOptions(ForecastFrequency.Week, 13));

        var ours = new List<double>();
        var weekday = new List<double>();
        var naive = new List<double>();
        foreach (var series in truth)
        {
            var published = forecast.Find(series.Key)!;
            published.Method.Should().Be(ForecastMethod.Model, published.Reason);
            var scale = WeeklyNaiveScale(series.Until(CutOff));
            double oursError = 0, weekdayError = 0, naiveError = 0;
            foreach (var period in published.Periods)
            {
                var actual = Week(series, period.Period);
                oursError += Math.Abs(actual - period.Point);
                weekdayError += Math.Abs(actual - WeekdayMeanOfWeek(series, period.Period));
                naiveError += Math.Abs(actual - Week(series, period.Period.AddDays(-364)));
            }
            ours.Add(oursError / 13 / scale);
            weekday.Add(weekdayError / 13 / scale);
            naive.Add(naiveError / 13 / scale);
        }

        ours.Average().Should().BeLessThan(weekday.Average()).And.BeLessThan(naive.Average());
    }

    [Fact]
    public void The_daily_forecast_beats_both_baselines_on_the_13_weeks_held_back()
    {
        var truth = SyntheticArrivals.Dependencies(4, First, Last, seed: 2);

        var forecast = DemandForecaster.Run(truth, CutOff, ForecastCalendar.National, new ForecastOptions(ForecastFrequency.Day, 91));

        double ours = 0, weekday = 0, naive = 0;
        foreach (var series in truth)
        {
            var known = series.Until(CutOff);
            foreach (var period in forecast.Find(series.Key)!.Periods)
            {
                var actual = series.On(period.Period);
                ours += Math.Abs(actual - period.Point);
                weekday += Math.Abs(actual - WeekdayMeanOf(known, period.Period));
                var sameWeekday = period.Period.AddDays(-7 * ((period.Horizon + 6) / 7));
                naive += Math.Abs(actual - series.On(sameWeekday));
            }
        }

        ours.Should().BeLessThan(weekday).And.BeLessThan(naive);
    }

    /// <summary>A business day: the mean of the same weekday's business days in the 8 weeks up to the cut-off; any other day: the mean of the non-business days.</summary>
    private static double WeekdayMeanOf(DailyArrivals known, DateOnly day)
    {
        var calendar = BusinessCalendar.National;
        var window = Enumerable.Range(0, 56).Select(i => CutOff.AddDays(-i)).ToList();
        var same = calendar.IsBusinessDay(day)
            ? window.Where(d => calendar.IsBusinessDay(d) && d.DayOfWeek == day.DayOfWeek)
            : window.Where(d => !calendar.IsBusinessDay(d));
        return same.Average(known.On);
    }

    private static double WeekdayMeanOfWeek(DailyArrivals series, DateOnly monday) =>
        Enumerable.Range(0, 7).Sum(i => WeekdayMeanOf(series.Until(CutOff), monday.AddDays(i)));

    private static double Week(DailyArrivals series, DateOnly monday) => Enumerable.Range(0, 7).Sum(i => series.On(monday.AddDays(i)));

    /// <summary>The in-sample mean absolute error of the 52-week seasonal naive over the complete weeks known.</summary>
    private static double WeeklyNaiveScale(DailyArrivals known)
    {
        var weeks = new List<double>();
        for (var monday = First; monday.AddDays(6) <= CutOff; monday = monday.AddDays(7))
            weeks.Add(Week(known, monday));
        return Enumerable.Range(52, weeks.Count - 52).Average(i => Math.Abs(weeks[i] - weeks[i - 52]));
    }
}
