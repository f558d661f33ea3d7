using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport.Forecast;

namespace IndicadoresServicio.Indicators.Tests.Forecast;

public sealed class BacktestTests
{
    [Fact]
    public void The_80_percent_interval_holds_between_70_and_90_percent_of_a_long_backtest()
    {
        var series = SyntheticArrivals.Dependencies(5, new DateOnly(2020, 1, 6), new DateOnly(2024, 6, 30), seed: 3);

        var forecast = DemandForecaster.Run(series, new DateOnly(2024, 6, 30), ForecastCalendar.National,
            new ForecastOptions(ForecastFrequency.Week, 8) { BacktestOrigins = 14 });

        forecast.BacktestOrigins.Should().HaveCount(14);
        var model = forecast.Backtest.Single(s => s.Method == ForecastMethod.Model);
        model.Errors.Should().BeGreaterThan(300);
        model.Coverage.Should().BeInRange(0.70, 0.90);
    }

    [Fact]
    public void A_series_shorter_than_eight_weeks_falls_back_to_the_weekday_mean_and_says_so()
    {
        var cutOff = new DateOnly(2024, 6, 30);
        var series = SyntheticArrivals.Dependencies(3, new DateOnly(2022, 1, 3), cutOff, seed: 4);
        var young = SyntheticArrivals.Series(new SeriesKey(ArrivalSlice.Dependency, "Oficina nueva"), 20, cutOff.AddDays(-34), cutOff, seed: 5);

        var forecast = DemandForecaster.Run([.. series, young], cutOff, ForecastCalendar.National, new ForecastOptions(ForecastFrequency.Day, 14));

        var published = forecast.Find(young.Key)!;
        published.Method.Should().Be(ForecastMethod.WeekdayMean);
        published.Reason.Should().Contain("serie corta").And.Contain("35 días");
        // The weekday mean by hand for Tuesday 2024-07-02 (Monday 07-01 is San Pedro y San Pablo): the five
        // Tuesdays it has, 2024-05-28 .. 2024-06-25, none a holiday.
        var tuesdays = Enumerable.Range(0, 5).Select(k => young.On(new DateOnly(2024, 5, 28).AddDays(7 * k))).Average();
        published.Periods[1].Period.Should().Be(new DateOnly(2024, 7, 2));
        published.Periods[1].Point.Should().BeApproximately(tuesdays, 1e-9);
        forecast.Find(series[0].Key)!.Method.Should().Be(ForecastMethod.Model);
    }

    [Fact]
    public void The_same_arrivals_give_the_same_forecast_twice()
    {
        var series = SyntheticArrivals.Dependencies(2, new DateOnly(2023, 1, 2), new DateOnly(2024, 3, 31), seed: 6);
        var options = new ForecastOptions(ForecastFrequency.Week, 4) { BacktestOrigins = 2 };

        var first = DemandForecaster.Run(series, new DateOnly(2024, 3, 31), ForecastCalendar.National, options);
        var second = DemandForecaster.Run(series, new DateOnly(2024, 3, 31), ForecastCalendar.National, options);

        second.Series.SelectMany(s => s.Periods).Should().Equal(first.Series.SelectMany(s => s.Periods));
    }
}
