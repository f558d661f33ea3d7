using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Quality;
using System.Text.RegularExpressions;
using Dapper;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

/// <summary>
/// One embedded warehouse as a municipality leaves it (a real load with quarantine, two accounts, the Mesa's
/// conclusions, an audit entry) moved once with the real <c>migrar-a</c> into an empty PostgreSQL schema.
/// </summary>
public sealed class MigratedWarehouse : IDisposable
{
    public const string Password = "clave-de-migracion-1";
    public const string Conclusions = "La Mesa recomienda responder las quejas dentro del término.";

    private readonly TestWarehouse _source = TestWarehouse.Create(WarehouseEngine.DuckDb);
    private readonly TestWarehouse _target = TestWarehouse.CreateEmpty(WarehouseEngine.Postgres);

    public MigratedWarehouse()
    {
        Root = Directory.CreateTempSubdirectory("indicadores-migrar-").FullName;
        PetitionExport.LoadInto(Source, Path.Combine(Root, "exportes"));
        var users = new AppUsers(Source);
        users.Create("ana.admin", "Ana", Roles.Admin, null, Password);
        users.Create("hacienda", null, Roles.Secretariat, PetitionExport.Hacienda, Password);
        users.Disable("hacienda");
        AuditTrail.Record(Source, "ana.admin", AuditTrail.Actions.SignIn);
        using (var connection = Source.OpenConnection())
            connection.Execute(Source.Sql("INSERT INTO annual_report_conclusions VALUES (2024, @text, 'ana.admin', TIMESTAMP '2025-01-20 10:00:00')"), new { text = Conclusions });
        SourceCounts = CountEveryTable(Source);
        string[] migrate = ["migrar-a", "--bd", Target.ConnectionString, "--desde", Source.Description];
        Migration = CliRun.Of(Root, null, migrate).GetAwaiter().GetResult();
        TargetCounts = CountEveryTable(Target);
        Contents = Fingerprint(Target);

        Again = CliRun.Of(Root, null, migrate).GetAwaiter().GetResult();
        ContentsAfterAgain = Fingerprint(Target);

        // Ctrl+C as the copy starts: the tables were already emptied, in the transaction that rolls back.
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();
        var error = new StringWriter();
        Interrupted = Cli.RunAsync([.. migrate, "--reemplazar"],
                new CommandContext(new StringReader(""), new StringWriter(), error, new Installation(Root)) { Cancellation = interrupt.Token })
            .GetAwaiter().GetResult();
        InterruptedError = error.ToString();
        ContentsAfterInterrupt = Fingerprint(Target);

        // Last, as it writes: the sequences went on from the copied ids.
        new AppUsers(Target).Create("nueva", "Nueva", Roles.Committee, null, Password);
        AuditTrail.Record(Target, "nueva", AuditTrail.Actions.SignIn);
        using var target = Target.OpenConnection();
        NewUserId = target.ExecuteScalar<int>("SELECT user_id FROM app_user WHERE user_name = 'nueva'");
        DistinctAuditIds = target.ExecuteScalar<long>("SELECT count(DISTINCT audit_id) FROM audit");
    }

    public string Root { get; }
    public Warehouse Source => _source.Warehouse;
    public Warehouse Target => _target.Warehouse;
    internal CliRun Migration { get; }
    internal CliRun Again { get; }
    public int Interrupted { get; }
    public string InterruptedError { get; }
    public IReadOnlyDictionary<string, long> TargetCounts { get; }
    public string Contents { get; }
    public string ContentsAfterAgain { get; }
    public string ContentsAfterInterrupt { get; }
    public int NewUserId { get; }
    public long DistinctAuditIds { get; }

    /// <summary>Counted in the DuckDB file before the migration touched it, table by table, by this test alone.</summary>
    public IReadOnlyDictionary<string, long> SourceCounts { get; }

    public static SortedDictionary<string, long> CountEveryTable(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in connection.Query<string>(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"))
            counts[table] = connection.ExecuteScalar<long>($"SELECT CAST(count(*) AS BIGINT) FROM \"{table}\"");
        return counts;
    }

    /// <summary>Every table's count, every petition and every account as stored: what "changed nothing" is checked on.</summary>
    private static string Fingerprint(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var petitions = connection.Query<string>("SELECT radicado || '|' || CAST(filed_on AS VARCHAR) || '|' || CAST(petition_id AS VARCHAR) FROM fct_petition ORDER BY radicado");
        var users = connection.Query<string>("SELECT user_name || '|' || password_hash || '|' || CAST(disabled AS VARCHAR) FROM app_user ORDER BY user_name");
        return string.Join("\n", CountEveryTable(warehouse).Select(c => $"{c.Key}={c.Value}").Concat(petitions).Concat(users));
    }

    public void Dispose()
    {
        _target.Dispose();
        _source.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

public sealed class MigrateToPostgresTests(MigratedWarehouse migrated) : IClassFixture<MigratedWarehouse>
{
    [Fact]
    public void Every_table_arrives_in_PostgreSQL_with_the_rows_it_had_in_DuckDB()
    {
        migrated.Migration.ExitCode.Should().Be(0, migrated.Migration.Out + migrated.Migration.Error);
        var target = migrated.TargetCounts;

        foreach (var (table, rows) in migrated.SourceCounts.Where(c => c.Key != "schema_version"))
            target.Should().ContainKey(table).WhoseValue.Should().Be(rows, $"{table} had {rows} rows in DuckDB");
        target.Keys.Where(t => t != "schema_version").Should().BeEquivalentTo(migrated.SourceCounts.Keys.Where(t => t != "schema_version"));
        // What the fixture put there, known by hand: four petitions, two quarantined rows, one run, two accounts.
        target["fct_petition"].Should().Be(4);
        target["etl_quarantine"].Should().Be(2);
        target["etl_run"].Should().Be(1);
        target["app_user"].Should().Be(2);
        target["audit"].Should().Be(1);
        target["annual_report_conclusions"].Should().Be(1);
        target["dim_date"].Should().Be(DateDimension.ExpectedRows);
        migrated.Migration.Error.Should().Contain("fct_petition: 4 filas").And.Contain("schema_version");
    }

    [Fact]
    public void A_petition_arrives_with_its_dates_dependency_and_type()
    {
        using var connection = migrated.Target.OpenConnection();
        var petition = connection.QuerySingle<(string Filed, string Due, string Answered, string SourceDue, string Dependency, string Type)>("""
            SELECT CAST(p.filed_on AS VARCHAR), CAST(p.due_on AS VARCHAR), CAST(p.answered_on AS VARCHAR), CAST(p.source_due_on AS VARCHAR), d.name, t.code
            FROM fct_petition p JOIN dim_dependency d ON d.dependency_id = p.dependency_id JOIN dim_petition_type t ON t.type_id = p.type_id
            WHERE p.radicado = 'H-1'
            """);

        petition.Filed.Should().Be("2024-03-27");
        petition.Due.Should().Be("2024-04-19", "15 business days after Holy Week 2024");
        petition.Answered.Should().Be("2024-04-10");
        petition.SourceDue.Should().Be("2024-04-23");
        petition.Dependency.Should().Be(PetitionExport.Hacienda);
        petition.Type.Should().Be("peticion");
        connection.ExecuteScalar<string>("SELECT conclusions FROM annual_report_conclusions WHERE vigencia = 2024").Should().Be(MigratedWarehouse.Conclusions);
    }

    [Fact]
    public void The_accounts_sign_in_on_PostgreSQL_with_the_passwords_they_had_and_a_disabled_one_stays_out()
    {
        var users = new AppUsers(migrated.Target);

        users.SignIn("ana.admin", MigratedWarehouse.Password).Should().NotBeNull();
        users.SignIn("ana.admin", "otra-clave-cualquiera").Should().BeNull();
        users.SignIn("hacienda", MigratedWarehouse.Password).Should().BeNull("it was disabled in DuckDB");
    }

    [Fact]
    public void The_indicators_are_compared_on_both_warehouses_and_the_volume_of_2024_is_the_four_petitions_loaded()
    {
        var lines = migrated.Migration.OutLines;

        lines.Should().Contain(l => Regex.IsMatch(l, @"^2024\s+PQ-VOL\s+4\s+4$"), migrated.Migration.Out);
        lines.Should().NotContain(l => l.Contains("NO COINCIDE"));
        migrated.Migration.Out.Should().Contain("Migración completa").And.Contain("coinciden en las dos bodegas");
    }

    [Fact]
    public void It_says_which_variable_to_set_without_repeating_a_password_and_logs_no_personal_data()
    {
        var output = migrated.Migration.Out + migrated.Migration.Error;

        migrated.Migration.Out.Should().Contain($"{Installation.WarehouseVariable}=Host=").And.Contain("/etc/indicadores/indicadores.env")
            .And.Contain(migrated.Source.Description, "the DuckDB file stays as the way back");
        foreach (var secret in new[] { "H-1", "G-1", "ana.admin", MigratedWarehouse.Password, PetitionExport.QuarantinedType })
            output.Should().NotContain(secret);
        File.Exists(migrated.Source.Description).Should().BeTrue();
        MigratedWarehouse.CountEveryTable(migrated.Source).Should().Equal(migrated.SourceCounts, "the DuckDB file is only read");
    }

    [Fact]
    public void A_second_migration_into_the_same_PostgreSQL_refuses_and_changes_nothing()
    {
        migrated.Again.ExitCode.Should().Be(1);
        migrated.Again.Error.Should().Contain("ya tiene datos").And.Contain("4 peticiones").And.Contain("--reemplazar");
        migrated.ContentsAfterAgain.Should().Be(migrated.Contents);
    }

    [Fact]
    public void A_replacement_interrupted_with_Ctrl_C_leaves_PostgreSQL_as_it_was()
    {
        migrated.Interrupted.Should().Be(130, migrated.InterruptedError);
        migrated.InterruptedError.Should().Contain("Vaciando").And.Contain("Interrumpido");
        migrated.ContentsAfterInterrupt.Should().Be(migrated.Contents);
    }

    [Fact]
    public void New_rows_on_PostgreSQL_take_ids_after_the_copied_ones()
    {
        migrated.NewUserId.Should().BeGreaterThan(2, "ana and hacienda came with ids 1 and 2");
        migrated.DistinctAuditIds.Should().Be(2, "the copied entry and the new one");
    }

    [Fact]
    public void A_warehouse_that_lost_a_petition_is_caught_by_the_indicator_comparison()
    {
        var altered = Path.Combine(migrated.Root, "alterada.duckdb");
        File.Copy(migrated.Source.Description, altered);
        if (File.Exists(migrated.Source.Description + ".wal"))
            File.Copy(migrated.Source.Description + ".wal", altered + ".wal");
        var damaged = Warehouse.DuckDbFile(altered);
        using (var connection = damaged.OpenConnection())
            connection.Execute("DELETE FROM fct_petition WHERE radicado = 'G-1'");

        var check = IndicatorComparison.Compare(migrated.Source.ReadOnly(), damaged, _ => { }, CancellationToken.None);

        check.Years.Should().Equal(2024);
        var volume = check.Differences.Where(d => d.Indicator.Code == IndicatorCode.Volume).ToList();
        volume.Should().Contain(d => d.Member == "" && d.Source!.Value == 4 && d.Target!.Value == 3);
        volume.Should().Contain(d => d.Member.EndsWith(PetitionExport.Gobierno) && d.Source!.Value == 1);
        check.Differences.Should().NotContain(d => d.Member.EndsWith(PetitionExport.Hacienda), "Hacienda lost nothing");
    }

    [Fact]
    public async Task A_DuckDB_file_as_target_or_PostgreSQL_as_source_is_refused_as_a_wrong_command_line()
    {
        var toFile = await CliRun.Of(migrated.Root, null, "migrar-a", "--bd", Path.Combine(migrated.Root, "otra.duckdb"), "--desde", migrated.Source.Description);
        var fromServer = await CliRun.Of(migrated.Root, null, "migrar-a", "--bd", migrated.Target.ConnectionString, "--desde", migrated.Target.ConnectionString);

        toFile.ExitCode.Should().Be(2);
        toFile.Error.Should().Contain("--bd debe ser una cadena de conexión a PostgreSQL");
        File.Exists(Path.Combine(migrated.Root, "otra.duckdb")).Should().BeFalse();
        fromServer.ExitCode.Should().Be(2);
        fromServer.Error.Should().Contain("--desde debe ser un archivo DuckDB");
    }
}
