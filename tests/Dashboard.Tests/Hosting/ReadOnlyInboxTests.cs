using System.Diagnostics;
using System.Text;
using Dapper;
using IndicadoresServicio.Dashboard.CommandLine.Commands;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>
/// An inbox folder the load may not write: `indicadores etl` processing the inboxes as a user without write
/// permission on it (as root, the test drops to «nobody» with setpriv, since root writes anywhere). The rows load,
/// the file stays, the message says in Spanish what to fix, and the next run neither loses nor doubles a row.
/// </summary>
public sealed class ReadOnlyInboxTests : IDisposable
{
    private const int Rows = 7;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-entrada-solo-lectura-").FullName;

    public void Dispose()
    {
        Chmod("-R u+w", _root);
        Directory.Delete(_root, recursive: true);
    }

    private static void Chmod(string mode, string path)
    {
        using var chmod = Process.Start("chmod", $"{mode} {path}");
        chmod.WaitForExit();
    }

    private async Task<(int ExitCode, string Error)> EtlAsUnprivileged()
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "setpriv" : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (asRoot)
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
                start.ArgumentList.Add(a);
        foreach (var a in new[] { typeof(EtlCommand).Assembly.Location, "etl", "--bd", Path.Combine(_root, "bodega.duckdb"), "--corte", "2024-12-31" })
            start.ArgumentList.Add(a);
        start.Environment["INDICADORES_INICIO"] = _root;
        start.Environment["HOME"] = _root;
        start.Environment["DOTNET_CLI_HOME"] = _root;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task An_inbox_the_load_cannot_write_keeps_its_file_loads_its_rows_once_and_says_what_to_fix_in_spanish()
    {
        if (Environment.UserName == "root" && !File.Exists("/usr/bin/setpriv"))
            throw new InvalidOperationException("Como root, esta prueba necesita setpriv (util-linux) para cargar sin permiso de escritura; no se salta en silencio.");
        File.WriteAllText(Path.Combine(_root, "perfil.json"), """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}}
            """);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), """{"Indicadores": {"Fuentes": [{"Perfil": "perfil.json", "Programacion": "0 0 6 * * ?"}]}}""");
        var inbox = Path.Combine(_root, "data", "entrada", "ventanilla");
        Directory.CreateDirectory(inbox);
        var export = Path.Combine(inbox, "enero.csv");
        File.WriteAllText(export, "Radicado;Fecha;Tipo\n" + string.Join("\n", Enumerable.Range(1, Rows).Select(i => $"E-{i};0{i}/01/2024;peticion")) + "\n", Encoding.UTF8);
        Chmod("-R a+rwX", _root);
        Chmod("a-w", inbox);

        var first = await EtlAsUnprivileged();
        var second = await EtlAsUnprivileged();

        first.ExitCode.Should().Be(1, first.Error);
        first.Error.Should().Contain("no admite escritura").And.Contain("Los datos quedaron cargados").And.NotContain("   at ");
        second.Error.Should().Contain("ya se había cargado").And.NotContain("   at ");
        File.Exists(export).Should().BeTrue("nothing is lost: the export stays where the clerk left it");
        using var warehouse = Warehouse.DuckDbFile(Path.Combine(_root, "bodega.duckdb")).OpenConnection();
        warehouse.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition").Should().Be(Rows, "loaded once, not twice");
    }
}
