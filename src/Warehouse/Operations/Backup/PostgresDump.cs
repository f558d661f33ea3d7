using System.ComponentModel;
using System.Data;
using System.Diagnostics;
using Dapper;
using Npgsql;

namespace IndicadoresServicio.Warehousing.Operations.Backup;

/// <summary>
/// A PostgreSQL warehouse is backed up with <c>pg_dump</c> in its custom format and brought back with
/// <c>pg_restore</c>. The rows counted for the manifest are read in the very snapshot pg_dump dumps
/// (<c>pg_export_snapshot</c>), so they match the dump even while loads commit. A warehouse in its own schema (the
/// connection's Search Path) is dumped and restored as that schema only.
/// </summary>
public static class PostgresDump
{
    public static SortedDictionary<string, long> Write(Warehouse warehouse, string target)
    {
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        var snapshot = connection.ExecuteScalar<string>("SELECT pg_export_snapshot()", transaction: transaction)!;
        var counts = WarehouseContents.Count(warehouse, connection, transaction);
        var arguments = new List<string> { "--format=custom", "--no-owner", "--no-privileges", $"--snapshot={snapshot}", $"--file={target}" };
        if (Schema(warehouse) is { } schema)
            arguments.Add($"--schema={schema}");
        Run("pg_dump", warehouse, arguments);
        transaction.Commit();
        return counts;
    }

    /// <summary>Replaces what the dump holds (its tables are dropped first), all in one transaction: a failure leaves the warehouse as it was.</summary>
    public static void Restore(Warehouse warehouse, string dump)
    {
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(warehouse.ConnectionString).Database;
        Run("pg_restore", warehouse, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", $"--dbname={database}", dump]);
    }

    private static string? Schema(Warehouse warehouse) =>
        new NpgsqlConnectionStringBuilder(warehouse.ConnectionString).SearchPath is { Length: > 0 } path ? path.Split(',')[0].Trim() : null;

    private static void Run(string program, Warehouse warehouse, IEnumerable<string> arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(warehouse.ConnectionString);
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Through the environment, so that the password never shows in the process list.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        if (connection.Username is { Length: > 0 } user)
            start.Environment["PGUSER"] = user;
        if (connection.Password is { Length: > 0 } password)
            start.Environment["PGPASSWORD"] = password;
        start.Environment["PGAPPNAME"] = "indicadores-respaldo";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new WarehouseException($"No se encontró {program}: instale el cliente de PostgreSQL (apt-get install postgresql-client), " +
                                         "de la misma versión del servidor o una más nueva.");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new WarehouseException($"{program} terminó con el código {process.ExitCode}: {error.Result.Trim()}");
        }
    }
}
