using System.Data.Common;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// One load of one file as a run of the run log, the same for every dataset: the run is booked before the load's
/// transaction starts, room on the disk is held while it loads, and a failure is booked as «fallida» before it is
/// thrown, in the clerk's words. So a failed or killed load leaves a trace and the marts as they were.
/// </summary>
internal static class LoadRun
{
    /// <param name="load">The load proper, given the run's connection and id: it opens, and commits, its own transaction.</param>
    /// <param name="failure">
    /// The clerk's words for an unexpected failure, where the dataset has better ones than «La carga de … falló»; null
    /// for the plain words.
    /// </param>
    public static LoadSummary Record(Warehouse warehouse, string source, string fileName, LoadOptions options,
        Func<DbConnection, long, LoadSummary> load, Func<Exception, EtlException?>? failure = null)
    {
        using var connection = warehouse.OpenConnection();
        using var reserve = DiskReserve.Take(warehouse, fileName);
        var runId = RunLog.Start(warehouse, connection, source, fileName, options);
        try
        {
            return load(connection, runId);
        }
        catch (Exception e)
        {
            var diskFull = DiskFullException.From(warehouse, fileName, e);
            RunLog.Fail(warehouse, connection, runId, diskFull ?? e, options, reserve);
            if (diskFull is not null)
                throw diskFull;
            if (e is EtlException or OperationCanceledException)
                throw;
            throw failure?.Invoke(e) ?? new EtlException($"La carga de {fileName} falló y no se guardó nada de ella: {e.Message}", e);
        }
    }

    /// <summary>
    /// Ends a load that went well, inside its transaction: the file's quarantine replaces what an earlier load of the
    /// same file left, and the run is booked with its counts. The caller commits (after any work of its own).
    /// </summary>
    public static void Succeed(Warehouse warehouse, DbConnection connection, DbTransaction transaction, LoadSummary summary,
        string fileSha256, IReadOnlyList<QuarantinedRow> quarantine)
    {
        Quarantine.Replace(warehouse, connection, transaction, summary.RunId, summary.Source, summary.FileName, fileSha256, quarantine);
        RunLog.Succeed(warehouse, connection, transaction, summary, fileSha256);
    }
}
