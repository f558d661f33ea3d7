using Xunit;
using Dapper;
using IndicadoresServicio.Warehousing;
using Npgsql;

namespace IndicadoresServicio.TestSupport;

/// <summary>
/// A real, empty warehouse for one test: a fresh DuckDB file in a temporary folder, or a fresh schema in the
/// throwaway PostgreSQL cluster that ./test.sh starts (its connection string comes in INDICADORES_PRUEBAS_PG).
/// Disposing it removes the file or drops the schema.
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    public const string PostgresVariable = "INDICADORES_PRUEBAS_PG";

    private readonly string? _folder;
    private readonly string? _schema;
    private readonly string? _adminConnectionString;

    private TestWarehouse(Warehouse warehouse, string? folder, string? schema, string? adminConnectionString)
    {
        Warehouse = warehouse;
        _folder = folder;
        _schema = schema;
        _adminConnectionString = adminConnectionString;
    }

    public Warehouse Warehouse { get; }

    /// <summary>Both engines, for <c>[MemberData]</c> of a theory that must hold on each.</summary>
    public static TheoryEngines Engines => [WarehouseEngine.DuckDb, WarehouseEngine.Postgres];

    /// <summary>An empty warehouse with no schema applied.</summary>
    public static TestWarehouse CreateEmpty(WarehouseEngine engine)
    {
        if (engine == WarehouseEngine.DuckDb)
        {
            var folder = Directory.CreateTempSubdirectory("indicadores-prueba-").FullName;
            return new TestWarehouse(Warehouse.DuckDbFile(Path.Combine(folder, "bodega.duckdb")), folder, null, null);
        }
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException(
                $"Las pruebas sobre PostgreSQL necesitan la variable {PostgresVariable}. Ejecútelas con ./test.sh, que levanta un clúster temporal.");
        var schema = "prueba_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            connection.Execute($"CREATE SCHEMA {schema}");
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
        return new TestWarehouse(Warehouse.Postgres(builder.ConnectionString), null, schema, admin);
    }

    /// <summary>A warehouse with every migration applied, as the product leaves it on first start.</summary>
    public static TestWarehouse Create(WarehouseEngine engine)
    {
        var test = CreateEmpty(engine);
        if (engine == WarehouseEngine.DuckDb)
            CopyMigratedDuckDb(test.Warehouse.Description);
        else
            Migrator.Apply(test.Warehouse);
        return test;
    }

    /// <summary>
    /// A DuckDB file migrated once per test run: a copy of it is the same warehouse as migrating anew (the migrations
    /// are the product's, applied by the product's Migrator), at a file copy's cost instead of a second or more of DDL.
    /// </summary>
    private static readonly Lazy<string> MigratedDuckDb = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("indicadores-plantilla-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } };
        var path = Path.Combine(folder, "bodega.duckdb");
        Migrator.Apply(Warehouse.DuckDbFile(path));   // its connection closed: DuckDB checkpoints the file on close
        return path;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static void CopyMigratedDuckDb(string target)
    {
        File.Copy(MigratedDuckDb.Value, target);
        if (File.Exists(MigratedDuckDb.Value + ".wal"))
            File.Copy(MigratedDuckDb.Value + ".wal", target + ".wal");
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        if (_schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_adminConnectionString);
            connection.Open();
            connection.Execute($"DROP SCHEMA {_schema} CASCADE");
        }
    }
}

/// <summary>Theory data naming each engine, so a failing case says which engine it ran on.</summary>
public sealed class TheoryEngines : TheoryData<WarehouseEngine>;
