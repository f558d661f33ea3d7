using IndicadoresServicio.Dashboard.Tests.CommandLine;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>`servir --puerto` listens elsewhere than the configuration says; the command-line clients still find it.</summary>
public sealed class ServerPortTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-puerto-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Consultar_and_trabajos_reach_a_server_started_on_another_port_than_the_configured_one()
    {
        var configured = ServerProcess.FreePort();
        var chosen = ServerProcess.FreePort();
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "perfil.json"), """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}}
            """);
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"),
            $$$"""{"Indicadores": {"Puerto": {{{configured}}}, "Fuentes": [{"Perfil": "perfil.json", "Programacion": "0 0 6 * * ?"}]}}""");
        await using var server = await ServerProcess.Start(_root, chosen, null, "--puerto", chosen.ToString());

        var jobs = await CliRun.Of(_root, null, "trabajos");
        var query = await CliRun.Of(_root, null, "consultar", "SELECT 40 + 2 AS respuesta");

        jobs.ExitCode.Should().Be(0, jobs.Error);
        jobs.Out.Should().Contain("ventanilla");
        query.ExitCode.Should().Be(0, query.Error);
        query.Out.Should().Contain("42");
    }
}
