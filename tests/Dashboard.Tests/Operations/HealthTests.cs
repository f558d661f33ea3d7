using System.Net;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Hosting.Health;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

public sealed class HealthTests
{
    // DashboardApp's clock: 2024-06-30 17:00 UTC (noon in Bogotá). Both sources load daily at 6 a. m.: a day apart,
    // so a source is late once its last good load is more than 48 hours old.
    private static readonly ScheduledSource Ventanilla = new("ventanilla", "/no/existe/ventanilla.json", "0 0 6 * * ?");
    private static readonly ScheduledSource Sede = new("sede", "/no/existe/sede.json", "0 0 6 * * ?");

    private static void Run(Warehouse warehouse, string source, DateTime finishedUtc, string status = "exitosa")
    {
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql("""
            INSERT INTO etl_run (source, file_name, started_at, finished_at, status, rows_read, rows_inserted)
            VALUES (@source, 'x.csv', @started, @finishedUtc, @status, 3, 3)
            """), new { source, started = finishedUtc.AddMinutes(-1), finishedUtc, status });
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Health(HttpClient client)
    {
        var response = await client.GetAsync(HealthEndpoint.Path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task A_source_not_loaded_within_twice_its_schedule_turns_the_health_check_into_a_503_until_it_loads(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false, sources: [Ventanilla, Sede], beforeStart: warehouse =>
        {
            Run(warehouse, "ventanilla", new DateTime(2024, 6, 30, 11, 0, 0));          // 6 h ago
            Run(warehouse, "sede", new DateTime(2024, 6, 28, 16, 0, 0));                // 49 h ago
            Run(warehouse, "sede", new DateTime(2024, 6, 30, 11, 30, 0), "fallida");    // failed loads do not count
        });
        app.CreateUser("admin", Roles.Admin);
        using var anonymous = app.Anonymous();

        var (status, body) = await Health(anonymous);

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("estado").GetString().Should().Be("falla");
        body.GetProperty("frescura").GetProperty("atrasadas").GetInt32().Should().Be(1);
        body.GetProperty("frescura").GetProperty("al_dia").GetInt32().Should().Be(1);
        body.GetProperty("frescura").GetProperty("fuentes").ValueKind.Should().Be(JsonValueKind.Null, "source names are for signed-in people");
        body.GetProperty("bodega_alcanzable").GetBoolean().Should().BeTrue();
        body.TryGetProperty("bodega", out _).Should().BeFalse("where the warehouse lives is for the administrator");
        body.GetProperty("disco").GetProperty("libre_bytes").GetInt64().Should().BePositive();

        using var admin = await app.SignedIn("admin");
        var (_, detail) = await Health(admin);
        detail.GetProperty("bodega").GetString().Should().Be(app.Warehouse.Description);
        var sources = detail.GetProperty("frescura").GetProperty("fuentes").EnumerateArray()
            .ToDictionary(s => s.GetProperty("fuente").GetString()!, s => s);
        sources["ventanilla"].GetProperty("estado").GetString().Should().Be("al_dia");
        sources["sede"].GetProperty("estado").GetString().Should().Be("atrasada");
        sources["sede"].GetProperty("ultima_corrida").GetString().Should().Be("fallida");
        sources["sede"].GetProperty("intervalo_horas").GetDouble().Should().Be(24);
        var jobs = detail.GetProperty("programador").GetProperty("trabajos").EnumerateArray()
            .ToDictionary(j => j.GetProperty("trabajo").GetString()!, j => j);
        detail.GetProperty("programador").GetProperty("activo").GetBoolean().Should().BeTrue();
        jobs.Should().ContainKey("fuentes.sede");
        jobs["fuentes.sede"].GetProperty("proxima_ejecucion").ValueKind.Should().Be(JsonValueKind.String);

        Run(app.Warehouse, "sede", new DateTime(2024, 6, 30, 12, 0, 0));
        var (recovered, after) = await Health(anonymous);
        recovered.Should().Be(HttpStatusCode.OK);
        after.GetProperty("frescura").GetProperty("atrasadas").GetInt32().Should().Be(0);
        after.GetProperty("estado").GetString().Should().BeOneOf("ok", "advertencia");
    }

    [Theory]
    [InlineData("0 0 6 * * ?", 24)]
    [InlineData("0 0/15 * * * ?", 0.25)]
    [InlineData("0 0 2 ? * MON-FRI", 72)]   // Friday to Monday: a weekdays-only source is not late on Monday morning
    [InlineData("0 0 7 1 * ?", 31 * 24)]
    public void The_interval_of_a_schedule_is_the_longest_gap_between_consecutive_runs(string cron, double hours)
    {
        var from = new DateTimeOffset(2024, 6, 30, 17, 0, 0, TimeSpan.Zero);
        SourceFreshness.ScheduleInterval(new CronExpression(cron).WithTimeZone(ScheduledSource.Colombia), from).TotalHours.Should().Be(hours);
    }
}
