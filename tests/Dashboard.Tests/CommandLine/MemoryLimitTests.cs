using System.Diagnostics;
using IndicadoresServicio.Dashboard.CommandLine.Commands;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

/// <summary>
/// A file too large for the memory DuckDB may use must fail with advice a clerk can follow, and leave the warehouse
/// as it was. Run as a real process: the limit is read from the environment, which other tests must not see.
/// </summary>
public sealed class MemoryLimitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-memoria-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int Code, string Error)> Run(string memory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["INDICADORES_INICIO"] = _root, [Warehouse.DuckDbMemoryVariable] = memory },
        };
        start.ArgumentList.Add(typeof(EtlCommand).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    [Fact]
    public async Task A_load_that_does_not_fit_in_duckdbs_memory_says_how_to_raise_it_and_loads_nothing()
    {
        var generated = await CliRun.Of(_root, null, "generar", "--peticiones", "100000", "--salida", Path.Combine(_root, "gen"), "--sin-xlsx");
        generated.ExitCode.Should().Be(0, generated.Error);
        (await Run("64MB", "migrar")).Code.Should().Be(0);

        var (code, error) = await Run("20MB", "etl", "--perfil", Path.Combine(_root, "gen", "ventanilla-unica.json"),
            "--archivo", Path.Combine(_root, "gen", "ventanilla-unica.csv"));

        code.Should().Be(1, error);
        error.Should().Contain("INDICADORES_DUCKDB_MEMORIA").And.Contain("no se guardó nada").And.Contain("hoy 20MB");
        error.Should().NotContain("Unhandled exception");
        var loaded = await CliRun.Of(_root, null, "consultar", "select count(*) as peticiones from fct_petition");
        loaded.OutLines[1].Should().Be("0");
    }
}
