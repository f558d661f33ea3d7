using System.Text;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

public sealed class SchedulerTests : IDisposable
{
    private const string Profile = """
        {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
         "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}}
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-servidor-").FullName;

    public SchedulerTests()
    {
        File.WriteAllText(Path.Combine(_root, "perfil.json"), Profile);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private readonly int _port = ServerProcess.FreePort();

    private void Configure(string cron) => File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"),
        $$$"""{"Indicadores": {"Puerto": {{{_port}}}, "Fuentes": [{"Perfil": "perfil.json", "Programacion": "{{{cron}}}"}]}}""");

    private string Drop(string name, params string[] rows)
    {
        var inbox = Path.Combine(_root, "data", "entrada", "ventanilla");
        Directory.CreateDirectory(inbox);
        var path = Path.Combine(inbox, name);
        File.WriteAllText(path, "Radicado;Fecha;Tipo\n" + string.Join("\n", rows) + "\n", Encoding.UTF8);
        return path;
    }

    private static async Task Eventually(Func<bool> condition, string what, ServerProcess server)
    {
        for (var i = 0; i < 150 && !condition(); i++)
            await Task.Delay(200);
        condition().Should().BeTrue($"{what}; registro del servidor:\n{server.Log}");
    }

    [Fact]
    public async Task The_server_loads_a_dropped_export_on_its_schedule_and_moves_it_to_processed()
    {
        Configure("0/2 * * * * ?");
        await using var server = await ServerProcess.Start(_root, _port);

        Drop("enero.csv", "R-1;02/01/2024;peticion", "R-2;03/01/2024;queja");

        var processed = Path.Combine(_root, "data", "procesados", "ventanilla", "enero.csv");
        await Eventually(() => File.Exists(processed), "the scheduled job loads the file", server);
        // The job moves the file and then logs; the console logger writes on its own thread and the
        // test reads the server's output asynchronously, so the line may arrive a moment after the move.
        await Eventually(() => server.Log.Contains("ventanilla/enero.csv: 2 leídas: 2 nuevas"), "the server logs what it loaded", server);
    }

    [Fact]
    public async Task While_the_server_holds_the_warehouse_etl_with_a_file_hands_it_over_and_prints_the_result()
    {
        Configure("0 0 6 * * ?");
        var file = Path.Combine(_root, "suelto.csv");
        File.WriteAllText(file, "Radicado;Fecha;Tipo\nR-7;02/01/2024;peticion\nR-8;xx;queja\n");
        await using var server = await ServerProcess.Start(_root, _port);

        var run = await CliRun.Of(_root, null, "etl", "--perfil", Path.Combine(_root, "perfil.json"), "--archivo", file, "--json", "--corte", "2024-06-30");

        run.ExitCode.Should().Be(0, run.Error + server.Log);
        run.Error.Should().Contain("se le entregó el archivo");
        run.OutLines[^1].Should().Be("""{"leidas":2,"insertadas":1,"actualizadas":0,"sin_cambios":0,"en_cuarentena":1}""");

        var query = await CliRun.Of(_root, null, "consultar", "select radicado from fct_petition order by radicado");
        query.ExitCode.Should().Be(0, query.Error);
        query.OutLines.Should().Equal("radicado", "R-7");
        var write = await CliRun.Of(_root, null, "consultar", "with x as (select 1) delete from fct_petition");
        write.ExitCode.Should().Be(2);
        (await CliRun.Of(_root, null, "consultar", "select count(*) as n from fct_petition")).OutLines.Should().Equal("n", "1");

        var jobs = await CliRun.Of(_root, null, "trabajos");
        jobs.ExitCode.Should().Be(0, jobs.Error);
        jobs.OutLines.Should().Contain(l => l.StartsWith("ventanilla ") && l.Contains("0 0 6 * * ?") && l.Contains("exitosa"));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_source_whose_scheduled_time_passed_since_its_last_run_is_due_at_start(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var daily = new ScheduledSource("ventanilla", "perfil.json", "0 0 6 * * ?");
        var now = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(-5));

        MissedRuns.Find(test.Warehouse, [daily], now).Should().ContainSingle("it never ran");

        using (var connection = test.Warehouse.OpenConnection())
        {
            var ranToday = new DateTime(2026, 3, 10, 11, 5, 0); // 06:05 in Bogotá, kept as UTC
            Dapper.SqlMapper.Execute(connection, test.Warehouse.Sql(
                "INSERT INTO etl_run (source, started_at, status) VALUES ('ventanilla', @ranToday, 'exitosa')"), new { ranToday });
        }
        MissedRuns.Find(test.Warehouse, [daily], now).Should().BeEmpty("it ran after today's 6 a. m.");
        MissedRuns.Find(test.Warehouse, [daily], now.AddDays(2)).Should().ContainSingle("two 6 a. m. runs passed while it was off");
    }

    public static TheoryEngines Engines => TestWarehouse.Engines;
}
