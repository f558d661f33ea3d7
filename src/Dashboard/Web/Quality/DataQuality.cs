using Dapper;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Indicators.Quality;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Quality;

/// <summary>
/// What the Calidad de datos page reads: the ETL's run log, its quarantine, and the petitions whose due date the
/// source system computed differently. Loads and quarantine are not petitions (a quarantined row never reached a
/// dependency), so only the disagreements take the petition filters.
/// </summary>
public sealed class DataQuality(Warehouse warehouse)
{
    public IReadOnlyList<EtlRunRow> Runs(int limit = 100)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<EtlRunRow>(warehouse.Sql("""
            SELECT run_id AS RunId, source AS Source, file_name AS FileName, started_at AS StartedAt, finished_at AS FinishedAt,
                   status AS Status, rows_read AS RowsRead, rows_inserted AS RowsInserted, rows_updated AS RowsUpdated,
                   rows_unchanged AS RowsUnchanged, rows_quarantined AS RowsQuarantined, error AS Error
            FROM etl_run ORDER BY run_id DESC LIMIT @limit
            """), new { limit }).ToList();
    }

    /// <summary>Rows read per day over the last <paramref name="days"/> days up to <paramref name="today"/>.</summary>
    public IReadOnlyList<DailyLoad> LoadsPerDay(DateOnly today, int days = 60)
    {
        using var connection = warehouse.OpenConnection();
        // started_at is UTC; Colombia is UTC-5 all year (no daylight saving), so its date is five hours earlier.
        var sinceUtc = today.AddDays(1 - days).ToDateTime(TimeOnly.MinValue).AddHours(5);
        return connection.Query<DailyLoad>(warehouse.Sql("""
            SELECT CAST(started_at - INTERVAL '5 hours' AS DATE) AS Day, CAST(count(*) AS BIGINT) AS Runs,
                   CAST(sum(rows_read) AS BIGINT) AS RowsRead, CAST(sum(rows_quarantined) AS BIGINT) AS RowsQuarantined
            FROM etl_run WHERE started_at >= @sinceUtc
            GROUP BY CAST(started_at - INTERVAL '5 hours' AS DATE) ORDER BY 1
            """), new { sinceUtc }).ToList();
    }

    public IReadOnlyList<ReasonCount> QuarantineReasons()
    {
        using var connection = warehouse.OpenConnection();
        var groups = connection.Query<(string Reason, string? Column, string? File, long Rows)>("""
            SELECT reason, column_name, file_name, CAST(count(*) AS BIGINT) FROM etl_quarantine GROUP BY reason, column_name, file_name
            """);
        return groups
            .GroupBy(g => (Kind: ReasonKind.Of(g.Reason), g.Column))
            .Select(g => new ReasonCount(g.Key.Kind, g.Key.Column, g.Sum(x => x.Rows), g.Select(x => x.File).Distinct().LongCount()))
            .OrderByDescending(r => r.Rows).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<QuarantinedRow> LatestQuarantined(int limit = 200)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<QuarantinedRow>(warehouse.Sql("""
            SELECT q.source AS Source, q.file_name AS FileName, q.line AS Line, q.column_name AS ColumnName, q.reason AS Reason,
                   r.started_at AS LoadedAt
            FROM etl_quarantine q LEFT JOIN etl_run r ON r.run_id = q.run_id
            ORDER BY q.run_id DESC, q.line LIMIT @limit
            """), new { limit }).ToList();
    }

    /// <param name="dependency">The dependency after access rules (null: all).</param>
    /// <param name="order">A key of <see cref="Indicators.Quality.DueDateDisagreements.Orders"/>.</param>
    public DisagreementList DueDateDisagreements(DashboardFilters filters, string? dependency, string? order, int limit = 500) =>
        Indicators.Quality.DueDateDisagreements.List(warehouse, PanelRequest.For(filters, dependency), order, limit);
}
