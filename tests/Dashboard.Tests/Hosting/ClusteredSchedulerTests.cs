using System.Text;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>
/// Server mode on PostgreSQL: two `trabajador` processes and one `servir --sin-tareas` share one warehouse and its
/// schedule (Quartz's clustered job store in the same database); one worker is killed with SIGKILL half-way through
/// a load.
/// </summary>
public sealed class ClusteredSchedulerTests : IDisposable
{
    private const string Profile = """
        {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
         "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}}
        """;

    private const int LargeRows = 200_000;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-cluster-").FullName;
    private readonly int _webPort = ServerProcess.FreePort();

    public ClusteredSchedulerTests()
    {
        File.WriteAllText(Path.Combine(_root, "perfil.json"), Profile);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        // A load every 2 s; a worker silent for 1 + 2 s is taken for dead.
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$$"""
            {"Indicadores": {"Puerto": {{{{_webPort}}}}, "Fuentes": [{"Perfil": "perfil.json", "Programacion": "0/2 * * * * ?"}],
             "Programador": {"LatidoSegundos": 1, "ToleranciaSegundos": 2}}}
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Inbox => Path.Combine(_root, "data", "entrada", "ventanilla");

    private void Drop(string name, int rows, string prefix, DateTime writtenAt)
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, name);
        using (var writer = new StreamWriter(path + ".parcial", false, Encoding.UTF8))
        {
            writer.WriteLine("Radicado;Fecha;Tipo");
            for (var i = 0; i < rows; i++)
                writer.WriteLine($"{prefix}-{i};{1 + i % 28:00}/0{1 + i % 9}/2024;peticion");
        }
        File.SetLastWriteTimeUtc(path + ".parcial", writtenAt);
        File.Move(path + ".parcial", path); // a whole file appears at once, as a copy into the folder would leave it
    }

    [Fact]
    public async Task Two_workers_and_a_web_share_the_schedule_and_a_worker_killed_mid_load_leaves_every_file_loaded_exactly_once()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.Postgres);
        var target = test.Warehouse.ConnectionString;
        var ports = new[] { ServerProcess.FreePort(), ServerProcess.FreePort() };
        // The web and the first worker start side by side (migrations take a database lock); the second worker
        // after the first has created Quartz's tables.
        var starting = ServerProcess.StartCommand("servir", _root, _webPort, target, "--sin-tareas");
        await using var first = await ServerProcess.StartCommand("trabajador", _root, ports[0], target, "--puerto", ports[0].ToString());
        await using var web = await starting;
        // Cron triggers come only from the declared schedule (a run triggered by hand is a one-off simple trigger).
        var triggers = Count(test, "SELECT count(*) FROM qrtz_cron_triggers");
        await using var second = await ServerProcess.StartCommand("trabajador", _root, ports[1], target, "--puerto", ports[1].ToString());
        ServerProcess[] workers = [first, second];
        await Eventually(() => Count(test, "SELECT count(*) FROM qrtz_scheduler_state") == 2, "both workers check in to the shared schedule", workers);
        Count(test, "SELECT count(*) FROM qrtz_cron_triggers").Should().Be(triggers, "a second process replaces the stored triggers, never adds copies");

        // The large file is the oldest, so it is loaded first; the small ones wait behind it.
        var now = DateTime.UtcNow;
        Drop("b-pequeno.csv", 30, "B", now.AddMinutes(-2));
        Drop("c-pequeno.csv", 20, "C", now.AddMinutes(-1));
        Drop("a-grande.csv", LargeRows, "A", now.AddMinutes(-3));

        ServerProcess? loading = null;
        await Eventually(() => (loading = workers.FirstOrDefault(w => w.Log.Contains("a-grande.csv: cargando"))) is not null, "a worker starts the large load", workers);
        await Eventually(() => Count(test, "SELECT count(*) FROM etl_run WHERE status = 'en_curso'") == 1, "the large load is under way", workers);
        await Task.Delay(300);
        await loading!.Kill();
        var survivor = workers.Single(w => w != loading);

        var processed = Path.Combine(_root, "data", "procesados", "ventanilla");
        await Eventually(() => new[] { "a-grande.csv", "b-pequeno.csv", "c-pequeno.csv" }.All(f => File.Exists(Path.Combine(processed, f))),
            "the survivor loads every file", [survivor]);
        await Eventually(() => Count(test, "SELECT count(*) FROM qrtz_scheduler_state") == 1, "the survivor takes over the dead worker's part of the schedule", [survivor]);
        await Eventually(() => Count(test, "SELECT count(*) FROM etl_run WHERE status = 'en_curso'") == 0, "the dead worker's load is marked", [survivor]);

        survivor.HasExited.Should().BeFalse();
        Count(test, "SELECT count(*) FROM fct_petition").Should().Be(LargeRows + 30 + 20, "every row of every file, none twice");
        using var connection = test.Warehouse.OpenConnection();
        var runs = connection.Query<(string File, string Status, long Inserted)>(
            "SELECT file_name, status, coalesce(rows_inserted, 0) FROM etl_run ORDER BY run_id").ToList();
        runs.Where(r => r.Status is RunStatus.Succeeded or RunStatus.SucceededWithWarnings)
            .Select(r => (r.File, r.Inserted))
            .Should().BeEquivalentTo([("a-grande.csv", (long)LargeRows), ("b-pequeno.csv", 30L), ("c-pequeno.csv", 20L)],
                "each file is loaded exactly once");
        runs.Should().ContainSingle(r => r.Status == RunStatus.Interrupted && r.File == "a-grande.csv", "the killed attempt stays in the log, marked");
        connection.ExecuteScalar<long>("SELECT count(*) FROM stg_petition").Should().Be(0, "nothing half-loaded is left in staging");

        // The web, which runs no job, kept serving throughout.
        using var http = new HttpClient();
        (await http.GetAsync($"http://127.0.0.1:{_webPort}/ingresar")).IsSuccessStatusCode.Should().BeTrue(web.Log);
        web.Log.Should().NotContain("cargando", "the web process never loads");
    }

    [Fact]
    public async Task With_the_embedded_warehouse_the_web_and_the_workers_cannot_be_split_and_the_message_says_why()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        foreach (var args in new[] { new[] { "trabajador" }, new[] { "servir", "--sin-tareas" } })
        {
            var run = await CommandLine.CliRun.Of(_root, null, [.. args, "--bd", test.Warehouse.Description]);
            run.ExitCode.Should().Be(2, string.Join(" ", args));
            run.Error.Should().Contain("necesita la bodega en PostgreSQL");
        }
    }

    private static long Count(TestWarehouse test, string sql)
    {
        using var connection = test.Warehouse.OpenConnection();
        return connection.ExecuteScalar<long>(sql);
    }

    private static async Task Eventually(Func<bool> condition, string what, IEnumerable<ServerProcess> watched)
    {
        for (var i = 0; i < 300 && !SafelyTrue(condition); i++)
            await Task.Delay(200);
        SafelyTrue(condition).Should().BeTrue($"{what}; registros:\n{string.Join("\n----\n", watched.Select(w => w.Log))}");
    }

    /// <summary>A condition that reads tables not created yet (Quartz's, on first start) is simply not true yet.</summary>
    private static bool SafelyTrue(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (Npgsql.PostgresException)
        {
            return false;
        }
    }
}
