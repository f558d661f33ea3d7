using System.Data.Common;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// Writes a run's quarantined rows. Loading the same file again replaces the quarantine it left before
/// (same source, same SHA-256), so a re-run changes nothing there either.
/// </summary>
internal static class Quarantine
{
    public static void Replace(Warehouse warehouse, DbConnection connection, DbTransaction transaction, long runId,
        string source, string fileName, string fileSha256, IReadOnlyList<QuarantinedRow> rows)
    {
        connection.Execute(warehouse.Sql("DELETE FROM etl_quarantine WHERE source = @source AND file_sha256 = @fileSha256"),
            new { source, fileSha256 }, transaction);
        if (rows.Count == 0)
            return;
        connection.Execute(
            warehouse.Sql("""
                INSERT INTO etl_quarantine (run_id, source, file_name, file_sha256, line, column_name, reason_code, reason, row_data)
                VALUES (@runId, @source, @fileName, @fileSha256, @Line, @Column, @Code, @Reason, @RowJson)
                """),
            rows.Select(r => new { runId, source, fileName, fileSha256, r.Line, r.Column, r.Kind.Code, Reason = StoredText.Bound(r.Reason), r.RowJson }),
            transaction);
    }

    /// <summary>How many rows per reason, by its code and under its Spanish title, for the summary.</summary>
    public static IReadOnlyDictionary<string, long> ReasonsOf(IEnumerable<QuarantinedRow> rows) =>
        rows.GroupBy(r => r.Kind.Title).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => (long)g.Count());
}

/// <summary>A source row that goes to quarantine: its line, the column at fault, the reason's code and Spanish text,
/// and its cells (personal data already dropped).</summary>
internal sealed record QuarantinedRow(long Line, string? Column, QuarantineReason Kind, string Reason, IReadOnlyDictionary<string, string?>? Cells,
    bool SwallowsRest = false)
{
    public string? RowJson => Cells is null ? null
        : JsonSerializer.Serialize(Cells.ToDictionary(c => c.Key, c => c.Value is null ? null : StoredText.Bound(c.Value, StoredText.LongestCell)));
}
