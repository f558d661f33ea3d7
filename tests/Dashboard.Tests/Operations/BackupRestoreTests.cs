using Dapper;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Operations.Backup;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using Npgsql;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

public sealed class BackupRestoreTests : IDisposable
{
    private const string Password = "clave-de-respaldo-1";
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-respaldo-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>The installation's settings name a source whose profile lives in the installation: both must come back.</summary>
    private string Configure(int port = 5080)
    {
        var profile = Path.Combine(_root, "perfiles", "ventanilla.json");
        Directory.CreateDirectory(Path.GetDirectoryName(profile)!);
        File.WriteAllText(profile, """{"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "columnas": {"radicado": "R", "radicado_el": "F", "tipo": "T"}}""");
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        var settings = $$$"""{"Indicadores": {"Puerto": {{{port}}}, "Fuentes": [{"Perfil": "perfiles/ventanilla.json"}]}}""";
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), settings);
        return settings;
    }

    /// <summary>Facts, dimensions, the run log and quarantine (through the real ETL), and two accounts.</summary>
    private static void Fill(Warehouse warehouse, string folder)
    {
        PetitionExport.LoadInto(warehouse, folder);
        var users = new AppUsers(warehouse);
        users.Create("ana.admin", "Ana", Roles.Admin, null, Password);
        users.Create("hacienda", null, Roles.Secretariat, PetitionExport.Hacienda, Password);
        users.Disable("hacienda");
    }

    private static string Target(Warehouse warehouse) =>
        warehouse.Engine == WarehouseEngine.DuckDb ? warehouse.Description : warehouse.ConnectionString;

    private static void Destroy(Warehouse warehouse)
    {
        if (warehouse.Engine == WarehouseEngine.DuckDb)
        {
            File.Delete(warehouse.Description);
            File.Delete(warehouse.Description + ".wal");
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var schema = new NpgsqlConnectionStringBuilder(warehouse.ConnectionString).SearchPath!;
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable));
        connection.Open();
        connection.Execute($"DROP SCHEMA {schema} CASCADE; CREATE SCHEMA {schema}");
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task A_backup_brings_back_every_row_every_user_and_the_configuration_after_the_warehouse_is_destroyed(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var warehouse = test.Warehouse;
        var settings = Configure();
        Fill(warehouse, Path.Combine(_root, "exportes"));
        var before = WarehouseRows.Read(warehouse);
        before["fct_petition"].Should().HaveCount(4);
        before["etl_quarantine"].Should().HaveCount(2);
        before["etl_run"].Should().HaveCount(1);
        before["app_user"].Should().HaveCount(2);
        var backup = Path.Combine(_root, "respaldo");

        var taken = await CliRun.Of(_root, null, "respaldo", "--salida", backup, "--bd", Target(warehouse));
        taken.ExitCode.Should().Be(0, taken.Error);
        taken.Error.Should().Contain("Respaldo listo").And.Contain("4 peticiones").And.Contain("2 usuarios");

        Destroy(warehouse);
        File.Delete(Path.Combine(_root, "config", "appsettings.json"));
        File.Delete(Path.Combine(_root, "perfiles", "ventanilla.json"));

        var restored = await CliRun.Of(_root, null, "restaurar", backup, "--bd", Target(warehouse));
        restored.ExitCode.Should().Be(0, restored.Error);
        restored.Out.Should().Contain("4 peticiones").And.Contain("2 usuarios").And.Contain("1 cargas registradas")
            .And.Contain("2 filas en cuarentena").And.Contain("config/appsettings.json").And.Contain("perfiles/ventanilla.json");
        var after = WarehouseRows.Read(warehouse);
        after.Keys.Should().Equal(before.Keys);
        foreach (var (table, rows) in before)
            after[table].Should().Equal(rows, $"the table {table} comes back as it was");
        new AppUsers(warehouse).SignIn("ana.admin", Password).Should().NotBeNull("a restored account signs in with its password");
        new AppUsers(warehouse).SignIn("hacienda", Password).Should().BeNull("a disabled account stays disabled");
        File.ReadAllText(Path.Combine(_root, "config", "appsettings.json")).Should().Be(settings);
        File.Exists(Path.Combine(_root, "perfiles", "ventanilla.json")).Should().BeTrue();

        var again = await CliRun.Of(_root, null, "restaurar", backup, "--bd", Target(warehouse));
        again.ExitCode.Should().Be(1);
        again.Error.Should().Contain("ya tiene datos").And.Contain("--reemplazar");
        var replaced = await CliRun.Of(_root, null, "restaurar", backup, "--reemplazar", "--bd", Target(warehouse));
        replaced.ExitCode.Should().Be(0, replaced.Error);
        WarehouseRows.Read(warehouse)["fct_petition"].Should().Equal(before["fct_petition"]);

        // The restored warehouse is a new file at the same path: a second backup copies it, not the one it replaced.
        var second = await CliRun.Of(_root, null, "respaldo", "--salida", Path.Combine(_root, "segundo"), "--bd", Target(warehouse));
        second.ExitCode.Should().Be(0, second.Error);
        second.Error.Should().Contain("4 peticiones").And.Contain("2 usuarios");
    }

    [Fact]
    public async Task While_the_server_holds_the_embedded_warehouse_it_hands_over_a_consistent_copy_and_restoring_waits_for_it_to_stop()
    {
        var port = ServerProcess.FreePort();
        Configure(port);
        var warehouse = Warehouse.DuckDbFile(Path.Combine(_root, "data", Warehouse.DefaultFileName));
        Migrator.Apply(warehouse);
        Fill(warehouse, Path.Combine(_root, "exportes"));
        var before = WarehouseRows.Read(warehouse);
        await using var server = await ServerProcess.Start(_root, port);
        var backup = Path.Combine(_root, "respaldo");

        var taken = await CliRun.Of(_root, null, "respaldo", "--salida", backup);

        taken.ExitCode.Should().Be(0, taken.Error + server.Log);
        taken.Error.Should().Contain("se le pide la copia");
        var copy = WarehouseRows.Read(Warehouse.DuckDbFile(Path.Combine(backup, WarehouseBackup.DuckDbFile), readOnly: true));
        copy["fct_petition"].Should().Equal(before["fct_petition"]);
        copy["app_user"].Should().Equal(before["app_user"]);
        Directory.GetDirectories(Path.Combine(_root, "data", "respaldos")).Should().BeEmpty("the server's copy was moved out of the data folder");

        var refused = await CliRun.Of(_root, null, "restaurar", backup, "--reemplazar");
        refused.ExitCode.Should().Be(1, refused.Out + refused.Error + server.Log);
        refused.Error.Should().Contain("detenga");
    }

    [Fact]
    public void The_nightly_backup_keeps_the_newest_finished_ones_and_drops_unfinished_older_ones()
    {
        var root = Path.Combine(_root, "respaldos");
        foreach (var name in new[] { "2026-12-01_0130", "2026-12-02_0130", "2026-12-03_0130", "2026-12-04_0130" })
        {
            Directory.CreateDirectory(Path.Combine(root, name));
            File.WriteAllText(Path.Combine(root, name, BackupManifest.FileName), "{}");
        }
        Directory.CreateDirectory(Path.Combine(root, "2026-11-30_0130"));   // died half-way
        Directory.CreateDirectory(Path.Combine(root, "2026-12-05_0130"));   // being written right now
        Directory.CreateDirectory(Path.Combine(root, "mio"));               // not the job's

        NightlyBackupJob.Prune(root, keep: 2);

        Directory.GetDirectories(root).Select(Path.GetFileName).Order()
            .Should().Equal("2026-12-03_0130", "2026-12-04_0130", "2026-12-05_0130", "mio");
    }
}
