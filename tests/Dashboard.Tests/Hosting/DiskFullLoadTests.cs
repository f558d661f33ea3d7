using System.Diagnostics;
using System.Text;
using Dapper;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>
/// The disk filling up in the middle of a DuckDB load, for real: the installation's data folder (warehouse and inboxes)
/// is a small tmpfs, topped up with a filler file until the next export cannot fit. `indicadores etl` must end with
/// a Spanish message and exit code 1, keep the warehouse as it was and the export in its inbox, and load it whole
/// once the filler is gone.
/// </summary>
public sealed class DiskFullLoadTests : IDisposable
{
    private const int HeldRows = 100;
    private const int BigRows = 20_000;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-disco-lleno-").FullName;
    private string Data => Path.Combine(_root, "data");
    private bool _mounted;

    public void Dispose()
    {
        if (_mounted)
            Run("umount", "--lazy", Data);
        Directory.Delete(_root, recursive: true);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} falló ({process.ExitCode}): {error}");
    }

    private static void Export(string path, int rows, string prefix)
    {
        using var writer = new StreamWriter(path, false, Encoding.UTF8);
        writer.WriteLine("Radicado;Fecha;Tipo;Dependencia;Tema");
        for (var i = 0; i < rows; i++)
            writer.WriteLine($"{prefix}-{i:000000};{1 + i % 28:00}/{1 + i % 12:00}/2024;peticion;Dependencia {i % 40};Tema {i % 700} del trámite");
    }

    private Task<CliRun> Etl() => CliRun.Of(_root, null, "etl", "--corte", "2024-12-31");

    [RootFact]
    public async Task A_load_that_fills_the_disk_keeps_nothing_leaves_the_file_in_its_inbox_says_so_in_spanish_and_loads_once_there_is_room()
    {
        Directory.CreateDirectory(Data);
        Run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", Data);
        _mounted = true;
        File.WriteAllText(Path.Combine(_root, "perfil.json"), """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "dependencia": "Dependencia", "tema": "Tema"}}
            """);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), """{"Indicadores": {"Fuentes": [{"Perfil": "perfil.json", "Programacion": "0 0 6 * * ?"}]}}""");
        using (var migrated = TestWarehouse.Create(WarehouseEngine.DuckDb))
            File.Copy(migrated.Warehouse.Description, Path.Combine(Data, "indicadores.duckdb"));
        var inbox = Path.Combine(Data, "entrada", "ventanilla");
        Directory.CreateDirectory(inbox);
        Export(Path.Combine(inbox, "enero.csv"), HeldRows, "E");
        var held = await Etl();
        held.ExitCode.Should().Be(0, held.Error);

        var big = Path.Combine(inbox, "grande.csv");
        Export(big, BigRows, "G");
        // Room for the load's reserve and one megabyte more: far less than 20,000 petitions take in the warehouse.
        var filler = Path.Combine(Data, "relleno.bin");
        await using (var fill = File.Create(filler))
            fill.Write(new byte[new DriveInfo(Data).AvailableFreeSpace - DiskReserve.Size - 1024 * 1024]);

        var full = await Etl();

        full.ExitCode.Should().Be(1, full.Error);
        full.Error.Should().Contain("El disco se llenó durante la carga de grande.csv; no se guardó nada de esta carga")
            .And.Contain($"Libere espacio en {Data}").And.NotContain("   at ").And.NotContain("No space left");
        File.Exists(big).Should().BeTrue("a full disk is no fault of the export: it waits in its inbox");
        Directory.Exists(Path.Combine(Data, "rechazados")).Should().BeFalse();
        File.Exists(Path.Combine(Data, "indicadores.duckdb.reserva")).Should().BeFalse("the reserve is given back");
        using (var warehouse = Warehouse.DuckDbFile(Path.Combine(Data, "indicadores.duckdb")).OpenConnection())
        {
            warehouse.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition").Should().Be(HeldRows, "not one row of the failed load stays");
            warehouse.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM stg_petition").Should().Be(0);
            var runs = warehouse.Query<(string Status, string? Error)>("SELECT status, error FROM etl_run ORDER BY run_id").ToList();
            runs.Select(r => r.Status).Should().Equal(RunStatus.Succeeded, RunStatus.Failed);
            runs[1].Error.Should().StartWith("El disco se llenó durante la carga de grande.csv");
        }

        File.Delete(filler);
        var retry = await Etl();

        retry.ExitCode.Should().Be(0, retry.Error);
        File.Exists(Path.Combine(Data, "procesados", "ventanilla", "grande.csv")).Should().BeTrue();
        using (var warehouse = Warehouse.DuckDbFile(Path.Combine(Data, "indicadores.duckdb")).OpenConnection())
        {
            warehouse.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition WHERE radicado LIKE 'G-%'").Should().Be(BigRows);
            warehouse.ExecuteScalar<long>("SELECT CAST(count(DISTINCT radicado) AS BIGINT) FROM fct_petition").Should().Be(HeldRows + BigRows);
        }
    }

    /// <summary>Mounting a file system takes root; anyone else is told why the test did not run.</summary>
    public sealed class RootFactAttribute : FactAttribute
    {
        public RootFactAttribute()
        {
            if (Environment.UserName != "root")
                Skip = "Llenar un disco de verdad exige montar un tmpfs, y eso solo lo puede hacer root.";
        }
    }
}
