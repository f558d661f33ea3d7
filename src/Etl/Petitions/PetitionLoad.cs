using System.Data.Common;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// Loads one opened source file into the star schema: every row is either merged into <c>fct_petition</c>
/// or quarantined with its line, column and reason. The whole load is one transaction, so a load that fails
/// or is killed half-way leaves the marts as they were; only the run log keeps the attempt.
/// </summary>
public static class PetitionLoad
{
    /// <param name="beforeCommit">Work that must commit or roll back with the load (a source's new watermark).</param>
    public static LoadSummary Run(Warehouse warehouse, MappingProfile profile, SourceTable table, LoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default,
        Action<DbConnection, DbTransaction, long>? beforeCommit = null)
    {
        return LoadRun.Record(warehouse, profile.Source, table.FileName, options, (connection, runId) =>
        {
            RequireMappedColumns(profile, table);
            return LoadInTransaction(warehouse, connection, runId, profile, table, options, progress, cancellation, beforeCommit);
        }, e => warehouse.Engine == WarehouseEngine.DuckDb && Warehouse.IsOutOfMemory(e)
            ? new EtlException(OutOfMemory(table.FileName, e.Message), e)
            : null);
    }

    /// <summary>
    /// DuckDB keeps an uncommitted load's index entries in memory: a very large file (millions of rows in one load)
    /// can pass the warehouse's memory limit. Say what to do about it, in the clerk's words.
    /// </summary>
    private static string OutOfMemory(string fileName, string detail) =>
        $"La carga de {fileName} no cupo en la memoria que se le permite a la bodega DuckDB y no se guardó nada de ella. "
        + $"Súbala con la variable {Warehouse.DuckDbMemoryVariable} (por ejemplo {Warehouse.DuckDbMemoryVariable}=2GB; hoy "
        + $"{Warehouse.DuckDbMemoryLimit}) o divida el archivo en partes más pequeñas y cárguelas una a una. Detalle: {detail}";

    private static LoadSummary LoadInTransaction(Warehouse warehouse, DbConnection connection, long runId, MappingProfile profile,
        SourceTable table, LoadOptions options, IProgress<long>? progress, CancellationToken cancellation,
        Action<DbConnection, DbTransaction, long>? beforeCommit)
    {
        using var transaction = connection.BeginTransaction();
        var entityId = Entities.Ensure(warehouse, connection, transaction, profile.Entity);
        var parameters = new { run = runId, entity = entityId, source = profile.Source, now = DateTime.UtcNow };
        var (tally, counts) = IsFirstLoad(warehouse, connection, transaction, entityId)
            ? LoadStraight(warehouse, connection, transaction, runId, entityId, parameters.now, profile, table, options, progress, cancellation)
            : LoadThroughStaging(warehouse, connection, transaction, runId, profile, table, options, progress, cancellation, parameters);
        var fileSha256 = options.FileSha256.GetAwaiter().GetResult();

        var summary = new LoadSummary(runId, profile.Source, table.FileName, tally.Read,
            counts.Inserted ?? 0, counts.Updated ?? 0, counts.Unchanged ?? 0, tally.Quarantine.Count, tally.DueDateDisagreements,
            tally.Statuses.ToDictionary(), Quarantine.ReasonsOf(tally.Quarantine), tally.Unknown.ToList(), NoticesOf(table, tally))
        {
            Warning = QuarantineWarning.Of(tally.Quarantine, tally.Read, options.QuarantineShare),
        };
        if (summary.Inserted + summary.Updated + summary.Unchanged + summary.Quarantined != tally.Read
            || summary.Inserted + summary.Updated + summary.Unchanged != tally.Staged)
            throw new EtlException($"Las cuentas de la carga no cuadran (leídas {tally.Read}, en cuarentena {tally.Quarantine.Count}, preparadas {tally.Staged}); no se guardó nada.");
        LoadRun.Succeed(warehouse, connection, transaction, summary, fileSha256, tally.Quarantine);
        beforeCommit?.Invoke(connection, transaction, runId);
        transaction.Commit();
        return summary;
    }

    /// <summary>
    /// The entity's first load: every row the file keeps is new (repeated radicados are quarantined while reading),
    /// so there is nothing to classify or update and the rows stream straight into <c>fct_petition</c>. Staging
    /// them first and copying them over would write the same million rows twice.
    /// </summary>
    private static bool IsFirstLoad(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int entityId) =>
        !connection.ExecuteScalar<bool>(warehouse.Sql("SELECT EXISTS (SELECT 1 FROM fct_petition WHERE entity_id = @entityId)"),
            new { entityId }, transaction)
        && FactWriter.Fits(connection, transaction);

    private static (StagingTally, Classification) LoadStraight(Warehouse warehouse, DbConnection connection, DbTransaction transaction,
        long runId, int entityId, DateTime now, MappingProfile profile, SourceTable table, LoadOptions options,
        IProgress<long>? progress, CancellationToken cancellation)
    {
        var dimensions = new DimensionIds(warehouse, connection, transaction, entityId);
        // The merge stores @now through the engine's own cast to TIMESTAMP (PostgreSQL shifts it to the session's
        // time zone); the bulk writers take the value as is, so they get the engine's cast of it.
        var stamp = connection.ExecuteScalar<DateTime>(warehouse.Sql("SELECT CAST(@now AS TIMESTAMP)"), new { now }, transaction);
        var context = new FactContext(entityId, profile.Source, runId, DateTime.SpecifyKind(stamp, DateTimeKind.Unspecified));
        StagingTally tally;
        using (var writer = FactWriter.Open(connection, warehouse.Engine, dimensions, context))
        {
            tally = LoadPipeline.Run(profile, table, options, progress, cancellation, writer.Write);
            writer.Complete();
        }
        cancellation.ThrowIfCancellationRequested();
        // Counted back from the table rather than trusted from the writer: the books must match what landed.
        var inserted = connection.ExecuteScalar<long>(
            warehouse.Sql("SELECT CAST(count(*) AS BIGINT) FROM fct_petition WHERE entity_id = @entity AND first_run_id = @run"),
            new { entity = entityId, run = runId }, transaction);
        return (tally, new Classification(inserted, 0, 0));
    }

    private static (StagingTally, Classification) LoadThroughStaging(Warehouse warehouse, DbConnection connection, DbTransaction transaction,
        long runId, MappingProfile profile, SourceTable table, LoadOptions options, IProgress<long>? progress,
        CancellationToken cancellation, object parameters)
    {
        StagingTable.Create(warehouse, connection, transaction);
        StagingTally tally;
        using (var writer = StagingWriter.Open(connection, warehouse.Engine, runId))
        {
            tally = LoadPipeline.Run(profile, table, options, progress, cancellation, writer.Write);
            writer.Complete();
        }

        cancellation.ThrowIfCancellationRequested();
        if (warehouse.Engine == WarehouseEngine.Postgres)
            // A freshly filled staging table has no statistics; without them the merge's joins are planned blind.
            connection.Execute("ANALYZE stg_petition", transaction: transaction);
        var counts = connection.QuerySingle<Classification>(
            warehouse.Sql(SqlScripts.Statements("etl/classify_staged.sql")[0]), parameters, transaction);
        Execute(warehouse, connection, transaction, "etl/merge_dimensions.sql", parameters);
        // Only the steps with something to do: an unchanged re-run skips both, a first load skips the update.
        if (counts.Updated > 0)
            Execute(warehouse, connection, transaction, "etl/update_changed_petitions.sql", parameters);
        if (counts.Inserted > 0)
            Execute(warehouse, connection, transaction, "etl/insert_new_petitions.sql", parameters);
        StagingTable.Clear(warehouse, connection, transaction, parameters);
        return (tally, counts);
    }

    private static void Execute(Warehouse warehouse, DbConnection connection, DbTransaction transaction, string script, object parameters)
    {
        foreach (var statement in PetitionTables.Script(script))
            connection.Execute(warehouse.Sql(statement), parameters, transaction, commandTimeout: 0);
    }

    private static IReadOnlyList<string> NoticesOf(SourceTable table, StagingTally tally) => tally.CutNames == 0
        ? table.Notices
        : [.. table.Notices, $"{tally.CutNames:N0} nombre(s) de dependencia o tema de más de {PetitionMapping.MemberNameLength} caracteres se recortaron a esa longitud (terminan en «…»)."];

    /// <summary>A profile that names a column the file lacks is a file-level error, not a row-level one.</summary>
    private static void RequireMappedColumns(MappingProfile profile, SourceTable table)
    {
        var headers = table.Headers.Select(TextKey.Fold).ToHashSet(StringComparer.Ordinal);
        var missing = profile.Columns.Where(c => !headers.Contains(TextKey.Fold(c.Value))).ToList();
        if (missing.Count > 0)
            throw new EtlException(
                $"{table.FileName}: el archivo no tiene la(s) columna(s) " +
                string.Join(", ", missing.Select(m => $"«{m.Value}» (para {m.Key})")) +
                $" que pide el perfil «{profile.Source}». Encabezados encontrados: {string.Join(", ", table.Headers)}.");
    }

    /// <summary>How a load's rows compare with the marts: new, changed, unchanged (NULL sums when nothing was staged).</summary>
    private sealed record Classification(long? Inserted, long? Updated, long? Unchanged);
}
