using System.Text;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>
/// The real server killed with SIGKILL while its scheduler loads a dropped export: the next start says the load was
/// interrupted, loads the file again from the inbox where it stayed, and the warehouse holds each row exactly once.
/// </summary>
public sealed class KilledServerTests : IDisposable
{
    private const int Rows = 150_000;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-servidor-muerto-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory, MemberData(nameof(Engines))]
    public async Task A_server_killed_during_a_scheduled_load_marks_it_interrupted_on_the_next_start_and_reloads_the_file_exactly(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var target = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;
        File.WriteAllText(Path.Combine(_root, "perfil.json"), """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}}
            """);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"),
            $$$"""{"Indicadores": {"Puerto": {{{_port}}}, "Fuentes": [{"Perfil": "perfil.json", "Programacion": "0/1 * * * * ?"}]}}""");
        var inbox = Path.Combine(_root, "data", "entrada", "ventanilla");
        Directory.CreateDirectory(inbox);
        var text = new StringBuilder("Radicado;Fecha;Tipo\n");
        for (var i = 0; i < Rows; i++)
            text.Append($"K-{i:000000};{1 + i % 28:00}/{1 + i % 12:00}/2024;peticion\n");
        File.WriteAllText(Path.Combine(inbox, "grande.csv"), text.ToString());
        var processed = Path.Combine(_root, "data", "procesados", "ventanilla", "grande.csv");

        var server = await ServerProcess.Start(_root, _port, target);
        try
        {
            await Eventually(async () => await LastStatus(server) == "en_curso", "the scheduled load starts", server);
        }
        finally
        {
            await server.DisposeAsync();   // Process.Kill: SIGKILL on Linux, the server gets no chance to clean up
        }
        File.Exists(Path.Combine(inbox, "grande.csv")).Should().BeTrue("the killed load's file stays in the inbox");

        await using (var again = await ServerProcess.Start(_root, _port, target))
            // DuckDB's server marks dead runs as it starts; on PostgreSQL the scheduler's recovery of the killed job does,
            // which may come just after the next ordinary run: wait for both there (the test may read PostgreSQL meanwhile).
            await Eventually(() => Task.FromResult(File.Exists(processed) && (engine == WarehouseEngine.DuckDb || !StillRunning(test.Warehouse))),
                "the next start loads the file again and marks the killed run", again);

        using var connection = test.Warehouse.OpenConnection();
        var statuses = connection.Query<string>("SELECT status FROM etl_run ORDER BY run_id").ToList();
        statuses.Should().Equal("interrumpida", "exitosa");
        connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition").Should().Be(Rows);
        connection.ExecuteScalar<long>("SELECT CAST(count(DISTINCT radicado) AS BIGINT) FROM fct_petition").Should().Be(Rows);
        connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM stg_petition").Should().Be(0);
    }

    private static bool StillRunning(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM etl_run WHERE status = 'en_curso'") > 0;
    }

    /// <summary>The status of the source's last run, from the server's own job list (the DuckDB file is the server's).</summary>
    private async Task<string?> LastStatus(ServerProcess server)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add(ServerToken.Header, ServerToken.Read(new Installation(_root).DataDirectory));
        try
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{server.Port}/api/trabajos"));
            return json.RootElement.EnumerateArray().Select(j => j.TryGetProperty("LastStatus", out var s) || j.TryGetProperty("lastStatus", out s) ? s.GetString() : null)
                .FirstOrDefault();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what, ServerProcess server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !await condition())
            await Task.Delay(100);
        (await condition()).Should().BeTrue($"{what}; registro del servidor:\n{server.Log}");
    }
}
