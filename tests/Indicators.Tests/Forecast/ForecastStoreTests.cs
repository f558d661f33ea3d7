using System.Globalization;
using Dapper;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Tests.Forecast;

public sealed class ForecastStoreTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void A_stored_run_keeps_every_period_with_its_interval_method_origin_and_backtest(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var forecast = StoredForecasts.LoadAndStore(test.Warehouse);

        using var connection = test.Warehouse.OpenConnection();
        var rows = connection.Query(test.Warehouse.Sql("""
            SELECT series, CAST(period_start AS VARCHAR) AS period, point, lower_bound, upper_bound, method, origin, model_version
            FROM fct_forecast ORDER BY slice, series, period_start
            """)).Select(r => (IDictionary<string, object?>)r).ToList();
        rows.Should().HaveCount(3 * 6, "the entity, Hacienda and Tránsito, six weeks each");
        var hacienda = forecast.Find(new SeriesKey(ArrivalSlice.Dependency, StoredForecasts.Hacienda))!;
        var stored = rows.Where(r => (string)r["series"]! == StoredForecasts.Hacienda).ToList();
        stored.Select(r => ((string)r["period"]!, Convert.ToDouble(r["point"], CultureInfo.InvariantCulture), Convert.ToDouble(r["lower_bound"], CultureInfo.InvariantCulture)))
            .Should().Equal(hacienda.Periods.Select(p => (p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Point, p.Lower)));
        rows.Single(r => (string)r["series"]! == StoredForecasts.Transito && (string)r["period"]! == "2024-11-04")["method"].Should().Be("media_8_semanas");
        rows.Should().OnlyContain(r => (string)r["model_version"]! == forecast.ModelVersion);

        var backtest = connection.Query<(string Series, string Method)>(test.Warehouse.Sql(
            "SELECT series, method FROM fct_forecast_backtest WHERE series = '*' ORDER BY method")).ToList();
        backtest.Select(b => b.Method).Should().Equal("ingenuo_estacional", "media_8_semanas", "modelo");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Storing_the_same_origin_again_replaces_its_rows_and_latest_reads_them_back(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var forecast = StoredForecasts.LoadAndStore(test.Warehouse);

        ForecastStore.Save(test.Warehouse, forecast, new DateTime(2024, 11, 2, 6, 0, 0));
        var latest = ForecastStore.Latest(test.Warehouse, ForecastFrequency.Week)!;

        latest.Origin.Should().Be(StoredForecasts.CutOff);
        latest.MadeAt.Should().Be(new DateTime(2024, 11, 2, 6, 0, 0));
        latest.Periods.Should().HaveCount(18);
        latest.Periods.Where(p => p.Series == StoredForecasts.Hacienda).Select(p => p.Point)
            .Should().Equal(forecast.Find(new SeriesKey(ArrivalSlice.Dependency, StoredForecasts.Hacienda))!.Periods.Select(p => p.Point));
        ForecastStore.Latest(test.Warehouse, ForecastFrequency.Month).Should().BeNull();
    }
}
