using System.Net;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// What the server hands out and to whom: nothing of a person's access kept in a browser cache, the warehouse's
/// path only to the administrator, and a load killed in an earlier life of the server not shown «en curso» forever.
/// </summary>
public sealed class ResponseHardeningTests : IAsyncLifetime
{
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.Start();
        _app.CreateUser("comite", Roles.Committee);
        _app.CreateUser("admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    /// <summary>The run a load killed with SIGKILL leaves: its row written, its transaction gone.</summary>
    private static long KilledLoad(Warehouse warehouse, DateTime startedAt)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingle<long>(warehouse.Sql("""
            INSERT INTO etl_run (source, file_name, cut_off, started_at, status)
            VALUES ('ventanilla', 'matada.csv', DATE '2024-06-30', @startedAt, 'en_curso') RETURNING run_id
            """), new { startedAt });
    }

    [Fact]
    public async Task Downloads_pages_and_the_jobs_api_are_never_stored_by_a_browser_while_the_assets_are()
    {
        using var client = await _app.SignedIn("comite");

        var responses = new[]
        {
            await client.GetAsync("/peticiones/descargar?tabla=canales&formato=csv"),
            await client.GetAsync("/calidad/descargar?tabla=cargas&formato=xlsx"),
            await client.GetAsync("/api/trabajos"),
            await client.GetAsync("/peticiones"),
        };
        var asset = await client.GetAsync("/css/tablero.css");

        foreach (var response in responses)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, response.RequestMessage!.RequestUri!.ToString());
            response.Headers.CacheControl!.NoStore.Should().BeTrue(response.RequestMessage.RequestUri.ToString());
        }
        asset.Headers.CacheControl!.NoStore.Should().BeFalse();
    }

    [Fact]
    public async Task The_health_check_tells_an_anonymous_visitor_only_that_it_is_up()
    {
        using var admin = await _app.SignedIn("admin");

        var anonymous = JsonDocument.Parse(await _app.Anonymous().GetStringAsync("/api/salud")).RootElement;
        var administrator = JsonDocument.Parse(await admin.GetStringAsync("/api/salud")).RootElement;

        anonymous.GetProperty("estado").GetString().Should().Be("ok");
        anonymous.TryGetProperty("bodega", out _).Should().BeFalse();
        administrator.GetProperty("bodega").GetString().Should().Be(_app.Warehouse.Description);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_load_left_en_curso_by_a_killed_process_is_marked_interrumpida_when_the_server_starts(WarehouseEngine engine)
    {
        long run = 0;
        await using var app = await DashboardApp.Start(engine, withPetitions: false,
            beforeStart: warehouse => run = KilledLoad(warehouse, DateTime.UtcNow.AddDays(-2)));

        using var connection = app.Warehouse.OpenConnection();
        var (status, error) = connection.QuerySingle<(string, string?)>($"SELECT status, error FROM etl_run WHERE run_id = {run}");
        status.Should().Be("interrumpida");
        error.Should().Contain("se interrumpió");
    }
}
