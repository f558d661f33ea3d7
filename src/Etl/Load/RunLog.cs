using System.Data.Common;
using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The <c>etl_run</c> book. A run is recorded before its transaction starts, so even a load that fails or is
/// killed leaves a trace ("en_curso" or "fallida") while the marts stay as they were. The file's hash is written as
/// soon as it is known: at the start, or when the run ends (it is computed alongside the load).
/// </summary>
internal static class RunLog
{
    public const string Succeeded = RunStatus.Succeeded;
    public const string SucceededWithWarnings = RunStatus.SucceededWithWarnings;

    public static long Start(Warehouse warehouse, DbConnection connection, string source, string fileName, LoadOptions options) =>
        connection.QuerySingle<long>(warehouse.Sql("""
            INSERT INTO etl_run (source, file_name, file_sha256, cut_off, started_at, status)
            VALUES (@source, @fileName, @sha, @cutOff, @now, 'en_curso') RETURNING run_id
            """), new { source, fileName, sha = options.FileSha256IfKnown, cutOff = options.CutOff, now = DateTime.UtcNow });

    public static void Succeed(Warehouse warehouse, DbConnection connection, DbTransaction transaction, LoadSummary s, string fileSha256) =>
        connection.Execute(warehouse.Sql("""
            UPDATE etl_run SET finished_at = @now, status = @status, rows_read = @Read, rows_inserted = @Inserted,
                rows_updated = @Updated, rows_unchanged = @Unchanged, rows_quarantined = @Quarantined, file_sha256 = @fileSha256,
                error = @warning
            WHERE run_id = @RunId
            """), new
            {
                now = DateTime.UtcNow, s.Read, s.Inserted, s.Updated, s.Unchanged, s.Quarantined, s.RunId, fileSha256,
                status = s.Warning is null ? Succeeded : SucceededWithWarnings,
                warning = s.Warning is null ? null : StoredText.Bound(s.Warning),
            }, transaction);

    /// <param name="reserve">Given back first: on a full disk it is the room this very line needs.</param>
    internal static void Fail(Warehouse warehouse, DbConnection connection, long runId, Exception error, LoadOptions options, DiskReserve? reserve = null)
    {
        reserve?.Dispose();
        var failure = new { now = DateTime.UtcNow, error = StoredText.Bound(error.Message), runId, sha = Settled(options.FileSha256) };
        var update = warehouse.Sql("""
            UPDATE etl_run SET finished_at = @now, status = 'fallida', error = @error, file_sha256 = coalesce(file_sha256, @sha)
            WHERE run_id = @runId
            """);
        try
        {
            connection.Execute(update, failure);
        }
        catch (DbException) when (warehouse.Engine == WarehouseEngine.DuckDb && error is DiskFullException)
        {
            // A write DuckDB could not finish (a checkpoint on a full disk) invalidates its database until it is opened
            // again. Closing the load's connection, the only one open, closes it; reopened, it replays its log and
            // takes this line in the room the reserve gave back.
            connection.Close();
            try
            {
                using var reopened = warehouse.OpenConnection();
                reopened.Execute(update, failure);
            }
            catch (Exception e) when (e is DbException or WarehouseException)
            {
                // Still no room: the run stays «en curso» until the next load or start marks it «interrumpida».
            }
        }
        catch (DbException)
        {
            // The warehouse itself is what failed; the caller's error says more than this one would.
        }
    }

    /// <summary>The hash once its computation ends, or null if it failed: recording a failed run must not fail too.</summary>
    private static string? Settled(Task<string> sha)
    {
        try
        {
            return sha.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            return null;
        }
    }
}
