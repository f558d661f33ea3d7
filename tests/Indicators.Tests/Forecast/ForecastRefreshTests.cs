using Dapper;
using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Tests.Forecast;

public sealed class ForecastRefreshTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void A_first_refresh_also_stores_a_weekly_forecast_made_on_the_eve_of_the_last_complete_week_and_a_second_does_not(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var fixture = new ArrivalFixture(test.Warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        // Last filing Thursday 2024-10-31: the last complete week is that of Monday 10-21, its eve Sunday 10-20.
        fixture.Add(entity, fixture.Dependency(entity, "Secretaría de Hacienda"), "virtual",
            SyntheticArrivals.Series(SeriesKey.Entity, 20, new DateOnly(2024, 3, 1), new DateOnly(2024, 10, 31), seed: 5));
        // No non-working-days file in it: the national calendar.
        var folder = Directory.CreateTempSubdirectory("indicadores-refresco-").FullName;

        ForecastRefresh.Run(test.Warehouse, folder, new DateOnly(2024, 11, 15)).Should().Be(new DateOnly(2024, 10, 31));
        ForecastRefresh.Run(test.Warehouse, folder, new DateOnly(2024, 11, 15));

        using var connection = test.Warehouse.OpenConnection();
        var runs = connection.Query<(string Frequency, DateOnly Origin)>(test.Warehouse.Sql(
            "SELECT DISTINCT frequency, origin FROM fct_forecast ORDER BY frequency, origin")).ToList();
        runs.Should().Equal(("dia", new DateOnly(2024, 10, 31)), ("mes", new DateOnly(2024, 10, 31)),
            ("semana", new DateOnly(2024, 10, 20)), ("semana", new DateOnly(2024, 10, 31)));
        ForecastStore.HasWeekForecastMadeBefore(test.Warehouse, UnusualRise.Weeks(new DateOnly(2024, 10, 31))[0]).Should().BeTrue();
        // The topic-less fixture has no topic series; every other slice is stored.
        connection.Query<string>("SELECT DISTINCT slice FROM fct_forecast ORDER BY slice").Should().Equal("canal", "dependencia", "entidad", "tipo");
    }
}
