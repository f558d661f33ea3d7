using IndicadoresServicio.Indicators.Forecast;

namespace IndicadoresServicio.Indicators.Tests.Forecast;

public sealed class BaselineTests
{
    // Monday 2024-03-04 .. Sunday 2024-04-28: eight weeks. Holy Thursday and Friday (03-28, 03-29) are holidays.
    private static readonly DateOnly Monday = new(2024, 3, 4);

    [Fact]
    public void A_business_day_is_the_mean_of_its_weekday_on_business_days_and_a_holiday_the_mean_of_closed_days()
    {
        // Every business day gets 10 + its weekday number (Monday 1 .. Friday 5), a closed day gets 2, the
        // Thursday of Holy Week (a holiday) 2 as well.
        var counts = new double[56];
        for (var i = 0; i < counts.Length; i++)
        {
            var day = Monday.AddDays(i);
            counts[i] = ForecastCalendar.National.IsBusinessDay(day) ? 10 + (int)day.DayOfWeek : 2;
        }
        counts[3] = 30; // Thursday 03-07 busier once
        var series = new DailyArrivals(SeriesKey.Entity, Monday, counts);

        var forecast = WeekdayMean.Forecast(ForecastCalendar.National, series, 8);

        // Monday 04-29: 11. Thursday 05-02: the seven business Thursdays (03-28 was a holiday) = (30 + 6 x 14) / 7.
        forecast[0].Should().Be(11);
        forecast[3].Should().BeApproximately((30 + 6 * 14) / 7.0, 1e-12);
        // Wednesday 05-01 is Día del Trabajo: the mean of the 19 closed days (16 weekend days, 03-25, 03-28, 03-29), all 2.
        forecast[2].Should().Be(2);
    }

    [Fact]
    public void The_seasonal_naive_repeats_the_last_week_and_uses_the_last_complete_period_without_a_year_of_history()
    {
        var counts = Enumerable.Range(0, 56).Select(i => (double)i).ToArray();
        var series = new DailyArrivals(SeriesKey.Entity, Monday, counts);

        SeasonalNaive.Daily(series, 9).Should().Equal(49, 50, 51, 52, 53, 54, 55, 49, 50);
        // No week a year back: the last complete week (04-22 .. 04-28: 49 + ... + 55 = 364).
        SeasonalNaive.Period(series, ForecastFrequency.Week, new DateOnly(2024, 4, 29)).Should().Be(364);
    }

    [Fact]
    public void Mase_scale_is_the_in_sample_error_of_the_weekly_seasonal_naive()
    {
        // Two weeks: the second is the first plus 3 every day: |y_t - y_t-7| = 3.
        var counts = new double[] { 1, 2, 3, 4, 5, 6, 7, 4, 5, 6, 7, 8, 9, 10 };

        PeriodSums.MaseScale(new DailyArrivals(SeriesKey.Entity, Monday, counts), ForecastFrequency.Day).Should().Be(3);
    }
}
