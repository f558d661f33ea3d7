using System.Text.Json;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class ForecastCommandTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly DateOnly First = new(2024, 1, 1);
    private static readonly DateOnly Last = new(2024, 10, 31);

    /// <summary>
    /// Ten months of history (2024-01-01 .. 2024-10-31): Hacienda and Salud all along, Tránsito only since
    /// 2024-10-14 (18 days, too short for the model).
    /// </summary>
    private static void LoadTenMonths(Warehouse warehouse)
    {
        var fixture = new ArrivalFixture(warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        fixture.Add(entity, fixture.Dependency(entity, "Hacienda"), "virtual",
            SyntheticArrivals.Series(SeriesKey.Entity, 25, First, Last, seed: 21));
        fixture.Add(entity, fixture.Dependency(entity, "Salud"), "presencial",
            SyntheticArrivals.Series(SeriesKey.Entity, 9, First, Last, seed: 22));
        fixture.Add(entity, fixture.Dependency(entity, "Tránsito"), "virtual",
            SyntheticArrivals.Series(SeriesKey.Entity, 6, new DateOnly(2024, 10, 14), Last, seed: 23));
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Pronostico_json_has_one_object_per_week_with_the_interval_and_the_dependency_on_slice_rows(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadTenMonths(test.Warehouse);

        var run = await Run(test, "pronostico", "--desde", "2024-11-04", "--hasta", "2024-11-24", "--frecuencia", "semana",
            "--por", "dependencia", "--formato", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("hasta el 2024-10-31");
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.Should().HaveCount(12);
        var entity = rows.Where(r => !r.TryGetProperty("dependencia", out _)).ToList();
        entity.Select(r => r.GetProperty("fecha").GetString()).Should().Equal("2024-11-04", "2024-11-11", "2024-11-18");
        rows.Where(r => r.TryGetProperty("dependencia", out _)).Select(r => r.GetProperty("dependencia").GetString()).Distinct()
            .Should().BeEquivalentTo("Hacienda", "Salud", "Tránsito");
        foreach (var row in rows)
        {
            var point = row.GetProperty("pronostico").GetDouble();
            row.GetProperty("inferior").GetDouble().Should().BeLessThanOrEqualTo(point);
            row.GetProperty("superior").GetDouble().Should().BeGreaterThanOrEqualTo(point);
        }
        // Hacienda files about 25 x (1.3 + 1.1 + 1.0 + 0.95 + 0.85 + 0.12 + 0.05) x the November season, ~130 a week.
        var hacienda = rows.First(r => r.TryGetProperty("dependencia", out var d) && d.GetString() == "Hacienda");
        hacienda.GetProperty("pronostico").GetDouble().Should().BeInRange(80, 200);
        var transito = rows.First(r => r.TryGetProperty("dependencia", out var d) && d.GetString() == "Tránsito");
        transito.GetProperty("metodo").GetString().Should().Be("media_8_semanas");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Pronostico_evaluar_prints_the_backtest_with_both_baselines(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadTenMonths(test.Warehouse);

        var run = await Run(test, "pronostico", "--evaluar", "--frecuencia", "semana", "--entrenar-hasta", "2024-10-27");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Backtest de origen móvil").And.Contain("Cobertura 80 %");
        run.OutLines.Should().Contain(l => l.StartsWith("semana") && l.Contains("Modelo (LightGbm global)"));
        run.OutLines.Should().Contain(l => l.StartsWith("semana") && l.Contains("Media del mismo día de la semana, 8 semanas"));
        run.OutLines.Should().Contain(l => l.StartsWith("semana") && l.Contains("Ingenuo estacional"));
        run.Out.Should().Contain("orígenes 2024-09-29, 2024-09-01, 2024-08-04, 2024-07-07, 2024-06-09, 2024-05-12");
    }

    [Fact]
    public async Task A_forecast_starting_before_the_training_cut_off_is_refused_in_spanish()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        LoadTenMonths(test.Warehouse);

        var run = await Run(test, "pronostico", "--desde", "2024-10-01", "--hasta", "2024-11-30", "--entrenar-hasta", "2024-10-31");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("debe caer después del corte de entrenamiento (2024-10-31)");
    }

    private static Task<CliRun> Run(TestWarehouse test, params string[] args) =>
        CliRun.Of(Path.GetTempPath(), null, [.. args, "--bd",
            test.Warehouse.Engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString]);
}
