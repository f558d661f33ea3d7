namespace IndicadoresServicio.Warehousing.Loads;

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

/// <summary>
/// Quarantined rows with the same reason code (or, for rows stored before codes, the same text), in the same column
/// of the same file. <see cref="Reason"/> is null when the code says it all.
/// </summary>
public sealed class QuarantineGroup
{
    public string? Code { get; init; }
    public string? Reason { get; init; }
    public string? ColumnName { get; init; }
    public string? FileName { get; init; }
    public long Rows { get; init; }
}

/// <summary>The runs of one source that ended with one status, summed; <see cref="LastEndedAt"/> in UTC.</summary>
public sealed class SourceRuns
{
    public string Source { get; init; } = "";
    public string Status { get; init; } = "";
    public long Runs { get; init; }
    public long RowsRead { get; init; }
    public long RowsLoaded { get; init; }
    public long RowsQuarantined { get; init; }
    public DateTime LastEndedAt { get; init; }
}
