using Dapper;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>One scheduled source as `./indicadores trabajos` shows it: schedule, last run, next run, files waiting.</summary>
public sealed record JobStatus(
    string Source, string Cron, DateTimeOffset? NextRun, DateTime? LastStartedUtc, string? LastStatus,
    string? LastFile, long? LastRead, long? LastQuarantined, int FilesWaiting)
{
    public static IReadOnlyList<JobStatus> Read(Warehouse warehouse, InboxFolders folders, IEnumerable<ScheduledSource> sources, DateTimeOffset now)
    {
        using var connection = warehouse.OpenConnection();
        return sources.Select(source =>
        {
            var last = connection.QuerySingleOrDefault<(DateTime StartedAt, string Status, string? FileName, long RowsRead, long RowsQuarantined)?>(
                warehouse.Sql("""
                    SELECT started_at, status, file_name, rows_read, rows_quarantined FROM etl_run
                    WHERE source = @source ORDER BY run_id DESC LIMIT 1
                    """), new { source = source.Name });
            var incoming = folders.Incoming(source.Name);
            var waiting = Directory.Exists(incoming) ? Directory.GetFiles(incoming).Length : 0;
            return new JobStatus(source.Name, source.Cron, source.Expression.GetNextValidTimeAfter(now),
                last?.StartedAt, last?.Status, last?.FileName, last?.RowsRead, last?.RowsQuarantined, waiting);
        }).ToList();
    }
}
