using Dapper;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Warehousing.Loads;

/// <summary>
/// What the ETL's run log (<c>etl_run</c>) says about the loads, whichever process ran them: for the data-quality
/// page, the health check and the metrics. Times are UTC, as stored.
/// </summary>
public static class LoadHistory
{
    /// <summary>The latest <paramref name="limit"/> runs, newest first.</summary>
    public static IReadOnlyList<EtlRunRow> Runs(Warehouse warehouse, int limit = 100)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<EtlRunRow>(warehouse.Sql("""
            SELECT run_id AS RunId, source AS Source, file_name AS FileName, started_at AS StartedAt, finished_at AS FinishedAt,
                   status AS Status, rows_read AS RowsRead, rows_inserted AS RowsInserted, rows_updated AS RowsUpdated,
                   rows_unchanged AS RowsUnchanged, rows_quarantined AS RowsQuarantined, error AS Error
            FROM etl_run ORDER BY run_id DESC LIMIT @limit
            """), new { limit }).ToList();
    }

    /// <summary>Runs and rows per Colombian day over the last <paramref name="days"/> days up to <paramref name="today"/>.</summary>
    public static IReadOnlyList<DailyLoad> PerDay(Warehouse warehouse, DateOnly today, int days = 60)
    {
        // started_at is UTC; Colombia has one offset all year (no daylight saving), so a day is the UTC one shifted by it.
        var hoursBehindUtc = (int)-ColombianTime.Zone.BaseUtcOffset.TotalHours;
        var sinceUtc = today.AddDays(1 - days).ToDateTime(TimeOnly.MinValue).AddHours(hoursBehindUtc);
        var day = $"CAST(started_at - INTERVAL '{hoursBehindUtc} hours' AS DATE)";
        using var connection = warehouse.OpenConnection();
        return connection.Query<DailyLoad>(warehouse.Sql($"""
            SELECT {day} AS Day, CAST(count(*) AS BIGINT) AS Runs,
                   CAST(sum(rows_read) AS BIGINT) AS RowsRead, CAST(sum(rows_quarantined) AS BIGINT) AS RowsQuarantined
            FROM etl_run WHERE started_at >= @sinceUtc
            GROUP BY {day} ORDER BY 1
            """), new { sinceUtc }).ToList();
    }

    /// <summary>Every run summed per source and status: how many, their rows, and when the last one ended.</summary>
    public static IReadOnlyList<SourceRuns> BySourceAndStatus(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<SourceRuns>("""
            SELECT source AS Source, status AS Status, CAST(count(*) AS BIGINT) AS Runs, CAST(sum(rows_read) AS BIGINT) AS RowsRead,
                   CAST(sum(rows_inserted + rows_updated + rows_unchanged) AS BIGINT) AS RowsLoaded,
                   CAST(sum(rows_quarantined) AS BIGINT) AS RowsQuarantined, max(coalesce(finished_at, started_at)) AS LastEndedAt
            FROM etl_run GROUP BY source, status
            """).ToList();
    }

    /// <summary>The status of <paramref name="source"/>'s latest run; null when it never ran.</summary>
    public static string? LatestStatus(Warehouse warehouse, string source)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingleOrDefault<string?>(warehouse.Sql(
            "SELECT status FROM etl_run WHERE source = @source ORDER BY run_id DESC LIMIT 1"), new { source });
    }
}
