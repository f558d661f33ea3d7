using Dapper;

namespace IndicadoresServicio.Warehousing.Loads;

/// <summary>What the ETL's quarantine (<c>etl_quarantine</c>) holds: where each refused row is and why, never its cells.</summary>
public static class QuarantineHistory
{
    /// <summary>Quarantined rows counted per reason code, column and file; rows without a code, per stored text.</summary>
    public static IReadOnlyList<QuarantineGroup> Groups(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<QuarantineGroup>("""
            SELECT reason_code AS Code, CASE WHEN reason_code IS NULL THEN reason END AS Reason, column_name AS ColumnName,
                   file_name AS FileName, CAST(count(*) AS BIGINT) AS Rows
            FROM etl_quarantine GROUP BY 1, 2, 3, 4
            """).ToList();
    }

    /// <summary>The latest <paramref name="limit"/> quarantined rows: newest run first, then by line.</summary>
    public static IReadOnlyList<QuarantinedRow> Latest(Warehouse warehouse, int limit = 200)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<QuarantinedRow>(warehouse.Sql("""
            SELECT q.source AS Source, q.file_name AS FileName, q.line AS Line, q.column_name AS ColumnName, q.reason AS Reason,
                   r.started_at AS LoadedAt
            FROM etl_quarantine q LEFT JOIN etl_run r ON r.run_id = q.run_id
            ORDER BY q.run_id DESC, q.line LIMIT @limit
            """), new { limit }).ToList();
    }
}
