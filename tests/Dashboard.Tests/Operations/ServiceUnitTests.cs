using System.Diagnostics;
using IndicadoresServicio.Dashboard.Tests.CommandLine;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

public sealed class ServiceUnitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-servicio-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>The [Section] → key → values of a unit file (a key may repeat, as Environment= does).</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> Parse(string unit)
    {
        var sections = new Dictionary<string, Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? current = null;
        foreach (var raw in unit.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith('['))
            {
                current = sections[line.Trim('[', ']')] = new Dictionary<string, List<string>>();
                continue;
            }
            current.Should().NotBeNull($"«{line}» is inside a section");
            var eq = line.IndexOf('=');
            eq.Should().BePositive($"«{line}» is key=value");
            var key = line[..eq];
            if (!current!.TryGetValue(key, out var values))
                current[key] = values = [];
            values.Add(line[(eq + 1)..]);
        }
        return sections;
    }

    [Fact]
    public async Task The_service_unit_runs_the_built_server_as_its_own_user_restarts_on_failure_and_may_write_only_its_data_folder()
    {
        var unitFile = Path.Combine(_root, "indicadores.service");

        var run = await CliRun.Of(_root, null, "instalar-servicio", "--usuario", "indicadores", "--salida", unitFile, "--entorno", "/etc/indicadores/indicadores.env");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("useradd --system").And.Contain("systemctl enable --now indicadores");
        var unit = Parse(File.ReadAllText(unitFile));
        unit.Keys.Should().Equal("Unit", "Service", "Install");
        var service = unit["Service"];
        service["User"].Should().Equal("indicadores");
        service["WorkingDirectory"].Should().Equal(_root);
        service["Restart"].Should().Equal("on-failure");
        service["EnvironmentFile"].Should().Equal("-/etc/indicadores/indicadores.env");
        service["Environment"].Should().Contain($"INDICADORES_INICIO={_root}");
        service["ProtectSystem"].Should().Equal("strict");
        service["NoNewPrivileges"].Should().Equal("yes");
        service["ReadWritePaths"].Should().ContainSingle().Which.Split(' ')[0].Should().Be(Path.Combine(_root, "data"));
        Directory.Exists(Path.Combine(_root, "data")).Should().BeTrue("ReadWritePaths must exist when the service starts");
        var exec = service["ExecStart"].Should().ContainSingle().Subject.Split(' ');
        exec.Should().HaveCount(3);
        Path.IsPathRooted(exec[0]).Should().BeTrue();
        File.Exists(exec[0]).Should().BeTrue("the .NET host named in ExecStart exists");
        exec[1].Should().EndWith("IndicadoresServicio.Dashboard.dll");
        File.Exists(exec[1]).Should().BeTrue("the built server named in ExecStart exists");
        exec[2].Should().Be("servir");
        unit["Install"]["WantedBy"].Should().Equal("multi-user.target");

        // systemd's own check, where this machine has it (a unit naming a user that does not exist is still valid).
        if (File.Exists("/usr/bin/systemd-analyze"))
        {
            var verify = Process.Start(new ProcessStartInfo("/usr/bin/systemd-analyze", ["verify", unitFile])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            })!;
            var errors = await verify.StandardError.ReadToEndAsync();
            await verify.WaitForExitAsync();
            verify.ExitCode.Should().Be(0, errors);
        }
    }
}
