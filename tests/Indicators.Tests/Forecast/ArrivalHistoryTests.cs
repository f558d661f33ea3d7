using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;

namespace IndicadoresServicio.Indicators.Tests.Forecast;

public sealed class ArrivalHistoryTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly DateOnly First = new(2024, 1, 1);
    private static readonly DateOnly CutOff = new(2024, 9, 29);
    private static readonly DateOnly Last = new(2024, 10, 31);

    [Theory, MemberData(nameof(Engines))]
    public void Series_count_petitions_per_filing_day_up_to_the_cut_off(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var fixture = new ArrivalFixture(test.Warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var hacienda = new DailyArrivals(SeriesKey.Entity, new DateOnly(2024, 3, 4), [3, 0, 2, 1, 5]);
        var salud = new DailyArrivals(SeriesKey.Entity, new DateOnly(2024, 3, 6), [4, 1, 0, 7]);
        fixture.Add(entity, fixture.Dependency(entity, "Hacienda"), "virtual", hacienda);
        fixture.Add(entity, fixture.Dependency(entity, "Salud"), "presencial", salud);

        var cutOff = new DateOnly(2024, 3, 8);
        var byDependency = ArrivalHistory.Read(test.Warehouse, ArrivalSlice.Dependency, cutOff);
        var byChannel = ArrivalHistory.Read(test.Warehouse, ArrivalSlice.Channel, cutOff);
        var all = ArrivalHistory.Read(test.Warehouse, ArrivalSlice.Entity, cutOff).Single();

        byDependency.Select(s => (s.Key.Name, s.Start, string.Join(' ', s.Counts))).Should().Equal(
            ("Hacienda", new DateOnly(2024, 3, 4), "3 0 2 1 5"),
            ("Salud", new DateOnly(2024, 3, 6), "4 1 0"));
        byChannel.Select(s => s.Key.Name).Should().Equal("Presencial", "Virtual / web");
        all.Key.Should().Be(SeriesKey.Entity);
        string.Join(' ', all.Counts).Should().Be("3 0 6 2 5");
        ArrivalHistory.LastFilingDay(test.Warehouse).Should().Be(new DateOnly(2024, 3, 9));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Changing_only_arrivals_after_the_training_cut_off_leaves_the_forecast_unchanged(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var fixture = new ArrivalFixture(test.Warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var dependencies = SyntheticArrivals.Dependencies(2, First, Last, seed: 8);
        foreach (var series in dependencies)
            fixture.Add(entity, fixture.Dependency(entity, series.Key.Name), "virtual", series);
        var options = new ForecastOptions(ForecastFrequency.Week, 6) { BacktestOrigins = 3 };

        var before = WarehouseForecast.Run(test.Warehouse, [ArrivalSlice.Dependency], CutOff, ForecastCalendar.National, options);
        fixture.DeleteAfter(CutOff.AddDays(10));
        fixture.Add(entity, fixture.Dependency(entity, "Oficina abierta después"), "correo",
            SyntheticArrivals.Series(SeriesKey.Entity, 80, CutOff.AddDays(1), Last, seed: 9));
        var after = WarehouseForecast.Run(test.Warehouse, [ArrivalSlice.Dependency], CutOff, ForecastCalendar.National, options);

        after.Series.Select(s => s.Key).Should().Equal(before.Series.Select(s => s.Key));
        after.Series.SelectMany(s => s.Periods).Should().Equal(before.Series.SelectMany(s => s.Periods));
        after.Backtest.Should().Equal(before.Backtest);
    }
}
