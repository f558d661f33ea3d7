using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Where the star schema lives: a DuckDB file or a PostgreSQL database. It opens connections and
/// translates the few things that differ between the engines (<see cref="Sql"/>); queries stay engine-neutral.
/// </summary>
public sealed class Warehouse
{
    /// <summary>The embedded warehouse's file, relative to the installation's data folder.</summary>
    public const string DefaultFileName = "indicadores.duckdb";

    /// <summary>
    /// DuckDB takes up to 80 % of the machine's memory by default; a municipal server shares its memory with
    /// other services, so the embedded warehouse is capped (it spills to disk beyond it). INDICADORES_DUCKDB_MEMORIA
    /// overrides it, e.g. "2GB".
    /// </summary>
    public const string DuckDbMemoryVariable = "INDICADORES_DUCKDB_MEMORIA";
    private const string DefaultDuckDbMemory = "384MB";

    static Warehouse() => DapperTypes.Register();

    private Warehouse(WarehouseEngine engine, string connectionString, string description)
    {
        Engine = engine;
        ConnectionString = connectionString;
        Description = description;
    }

    public WarehouseEngine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>What a user is shown: the file, or host and database (never the password).</summary>
    public string Description { get; }

    /// <summary>
    /// Chooses the engine from what the user typed in <c>--bd</c> (or INDICADORES_BD): a connection string
    /// (it has '=') means PostgreSQL, anything else is a DuckDB file path; nothing means the default file.
    /// </summary>
    public static Warehouse Open(string? target, string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(target))
            return DuckDbFile(Path.Combine(dataDirectory, DefaultFileName));
        if (target.Contains('='))
            return Postgres(target);
        return DuckDbFile(target);
    }

    /// <summary>The memory DuckDB may use: <see cref="DuckDbMemoryVariable"/> when set, 384MB otherwise.</summary>
    public static string DuckDbMemoryLimit =>
        Environment.GetEnvironmentVariable(DuckDbMemoryVariable) is { Length: > 0 } m ? m : DefaultDuckDbMemory;

    /// <summary>
    /// DuckDB ran out of the memory it may use. Its queries say so in the first words; its appender in the others,
    /// depending on where the limit hits ("Failed to append: failed to allocate data of size 64.0 KiB (19.0
    /// MiB/19.0 MiB used)", seen with DuckDB 1.5.6).
    /// </summary>
    public static bool IsOutOfMemory(Exception error) =>
        error.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase)
        || error.Message.Contains("could not allocate block", StringComparison.OrdinalIgnoreCase)
        || error.Message.Contains("failed to allocate data of size", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The disk under the warehouse (or its temporary files) filled up. DuckDB says "Could not write file …: No space
    /// left on device" (seen with DuckDB 1.5 on a full tmpfs), .NET's own writes raise ENOSPC (28) as an IOException,
    /// PostgreSQL answers SQLSTATE 53100; any of them may be wrapped.
    /// </summary>
    public static bool IsDiskFull(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || e is IOException { HResult: DiskFullErrno }
                || e is PostgresException { SqlState: PostgresErrorCodes.DiskFull })
                return true;
        }
        return false;
    }

    private const int DiskFullErrno = 28;

    public static Warehouse DuckDbFile(string path, bool readOnly = false)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // The product never asks DuckDB to read or write other files (the ETL reads sources itself and appends), so
        // SQL gets no way to: an analyst's `consultar "select * from read_text('/etc/passwd')"` is refused by DuckDB.
        var cs = $"Data Source={full};memory_limit={DuckDbMemoryLimit};enable_external_access=false" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : "");
        return new Warehouse(WarehouseEngine.DuckDb, cs, full);
    }

    public static Warehouse Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new WarehouseException($"La cadena de conexión a PostgreSQL no es válida: {e.Message}");
        }
        return new Warehouse(WarehouseEngine.Postgres, builder.ConnectionString,
            $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    /// <summary>The same warehouse, opened so that nothing can be written (analysts' queries).</summary>
    public Warehouse ReadOnly() => Engine switch
    {
        WarehouseEngine.DuckDb => DuckDbFile(Description, readOnly: true),
        _ => new Warehouse(Engine,
            new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString,
            Description),
    };

    public DbConnection OpenConnection()
    {
        DbConnection connection = Engine switch
        {
            WarehouseEngine.DuckDb => new DuckDBConnection(ConnectionString),
            _ => new NpgsqlConnection(ConnectionString),
        };
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is DuckDBException or NpgsqlException or IOException)
        {
            connection.Dispose();
            throw new WarehouseException(OpenFailureMessage(e), e, IsLockConflict(e));
        }
        return connection;
    }

    /// <summary>Engine-neutral SQL (written with <c>@name</c> parameters) in this engine's dialect.</summary>
    public string Sql(string text) => SqlDialect.Translate(Engine, text);

    private bool IsLockConflict(Exception e) =>
        Engine == WarehouseEngine.DuckDb && e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);

    private string OpenFailureMessage(Exception e)
    {
        if (IsLockConflict(e))
            return $"La bodega {Description} está abierta por otro proceso (¿está corriendo «./indicadores servir»?). " +
                   "DuckDB permite un solo proceso escritor a la vez.";
        return $"No se pudo abrir la bodega {Description}: {e.Message}";
    }
}
