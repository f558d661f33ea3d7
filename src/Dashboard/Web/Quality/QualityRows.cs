namespace IndicadoresServicio.Dashboard.Web.Quality;

/// <summary>One ETL run as logged in <c>etl_run</c> (times in UTC, as stored).</summary>
public sealed class EtlRunRow
{
    public long RunId { get; init; }
    public string Source { get; init; } = "";
    public string? FileName { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
    public string Status { get; init; } = "";
    public long RowsRead { get; init; }
    public long RowsInserted { get; init; }
    public long RowsUpdated { get; init; }
    public long RowsUnchanged { get; init; }
    public long RowsQuarantined { get; init; }
    public string? Error { get; init; }
}

/// <summary>Quarantined rows that failed the same way (<see cref="Etl.Load.ReasonKind"/>) in the same column.</summary>
public sealed record ReasonCount(string Reason, string? Column, long Rows, long Files);

/// <summary>One quarantined row: where it is in the export and why it was left out. Its cells are not shown.</summary>
public sealed class QuarantinedRow
{
    public string Source { get; init; } = "";
    public string? FileName { get; init; }
    public long Line { get; init; }
    public string? ColumnName { get; init; }
    public string Reason { get; init; } = "";
    public DateTime? LoadedAt { get; init; }
}

/// <summary>Rows read and quarantined by the loads of one day (Colombian date).</summary>
public sealed class DailyLoad
{
    public DateOnly Day { get; init; }
    public long Runs { get; init; }
    public long RowsRead { get; init; }
    public long RowsQuarantined { get; init; }
}
