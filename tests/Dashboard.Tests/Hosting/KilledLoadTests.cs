using System.Diagnostics;
using System.Text;
using Dapper;
using IndicadoresServicio.Dashboard.CommandLine.Commands;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>A real `indicadores etl` process killed with SIGKILL half-way through a load.</summary>
public sealed class KilledLoadTests : IDisposable
{
    private const string Profile = """
        {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
         "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "respondido_el": "Respuesta"}}
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-matar-").FullName;

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Export(string name, int rows, string prefix)
    {
        var path = Path.Combine(_root, name);
        using var writer = new StreamWriter(path, false, Encoding.UTF8);
        writer.WriteLine("Radicado;Fecha;Tipo;Respuesta");
        for (var i = 0; i < rows; i++)
            writer.WriteLine($"{prefix}-{i};{1 + i % 28:00}/0{1 + i % 9}/2024;peticion;");
        return path;
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_load_killed_half_way_leaves_the_warehouse_as_it_was_and_the_next_load_works(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var target = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;
        var profile = Path.Combine(_root, "perfil.json");
        File.WriteAllText(profile, Profile);
        var first = await CommandLine.CliRun.Of(_root, null, "etl", "--perfil", profile, "--archivo", Export("base.csv", 10, "B"), "--bd", target, "--corte", "2024-12-31");
        first.ExitCode.Should().Be(0, first.Error);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { typeof(EtlCommand).Assembly.Location, "etl", "--perfil", profile, "--archivo", Export("grande.csv", 600_000, "G"), "--bd", target, "--corte", "2024-12-31" })
            start.ArgumentList.Add(a);
        start.Environment["INDICADORES_INICIO"] = _root;
        using var process = Process.Start(start)!;
        var line = await process.StandardError.ReadLineAsync();
        while (line is not null && !line.Contains("100.000 filas"))
            line = await process.StandardError.ReadLineAsync();
        line.Should().NotBeNull("the load reported progress before the file ended");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Petitions(test).Should().Be(10, "the killed load's rows never committed");
        using (var connection = test.Warehouse.OpenConnection())
        {
            connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM stg_petition").Should().Be(0);
            connection.QuerySingle<string>("SELECT status FROM etl_run ORDER BY run_id DESC LIMIT 1").Should().Be("en_curso", "the log keeps the attempt");
        }
        var again = await CommandLine.CliRun.Of(_root, null, "etl", "--perfil", profile, "--archivo", Export("despues.csv", 5, "D"), "--bd", target, "--json", "--corte", "2024-12-31");
        again.ExitCode.Should().Be(0, again.Error);
        Petitions(test).Should().Be(15);
    }

    private static long Petitions(TestWarehouse test)
    {
        using var connection = test.Warehouse.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition");
    }
}
