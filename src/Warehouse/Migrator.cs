using System.Data.Common;
using Dapper;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Brings a warehouse to the current schema: applies, in order and each in its own transaction, the
/// migrations not yet recorded in <c>schema_version</c>, then fills the reference data. Running it again
/// changes nothing, so every command can call it at start.
/// </summary>
public static class Migrator
{
    public sealed record Outcome(IReadOnlyList<Migration> Applied, int CurrentVersion);

    /// <param name="upTo">
    /// The last version to apply, to stop short of the current schema (a test of a later step's data migration
    /// fills a warehouse as it was before that step); null: every migration.
    /// </param>
    public static Outcome Apply(Warehouse warehouse, int? upTo = null)
    {
        using var connection = warehouse.OpenConnection();
        var migrations = MigrationCatalog.For(warehouse.Engine).Where(m => upTo is null || m.Version <= upTo).ToList();
        EnsureVersionTable(connection);
        var applied = new List<Migration>();
        foreach (var migration in migrations)
        {
            using var transaction = connection.BeginTransaction();
            if (warehouse.Engine == WarehouseEngine.Postgres)
                // Two processes starting together (the server and a command) must not both apply a step.
                connection.Execute("SELECT pg_advisory_xact_lock(4242001)", transaction: transaction);
            var recorded = connection.QuerySingleOrDefault<string?>(
                warehouse.Sql("SELECT checksum FROM schema_version WHERE version = @version"),
                new { version = migration.Version }, transaction);
            if (recorded is not null)
            {
                if (recorded != migration.Checksum)
                    throw new WarehouseException(
                        $"La migración {migration.Version:0000} ({migration.Name}) cambió después de aplicarse en {warehouse.Description}. " +
                        "Las migraciones aplicadas no se editan: agregue una nueva.");
                transaction.Rollback();
                continue;
            }
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                warehouse.Sql("INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @appliedAt)"),
                new { version = migration.Version, name = migration.Name, checksum = migration.Checksum, appliedAt = DateTime.UtcNow },
                transaction);
            transaction.Commit();
            applied.Add(migration);
        }
        DateDimension.Fill(warehouse, connection);
        return new Outcome(applied, migrations.Count == 0 ? 0 : migrations[^1].Version);
    }

    private static void EnsureVersionTable(DbConnection connection) =>
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                name VARCHAR NOT NULL,
                checksum VARCHAR NOT NULL,
                applied_at TIMESTAMP NOT NULL
            )
            """);
}
