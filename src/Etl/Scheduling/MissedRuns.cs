using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>
/// Catch-up after downtime. The scheduler keeps its triggers in memory, so a run that should have happened
/// while the server was off is found here instead: when the schedule's latest fire time before now is later
/// than the source's latest run in <c>etl_run</c>, the source is due now.
/// </summary>
public static class MissedRuns
{
    public static IReadOnlyList<ScheduledSource> Find(Warehouse warehouse, IEnumerable<ScheduledSource> sources, DateTimeOffset now)
    {
        using var connection = warehouse.OpenConnection();
        var missed = new List<ScheduledSource>();
        foreach (var source in sources)
        {
            var previousFire = source.Expression.GetPreviousValidTimeBefore(now);
            if (previousFire is null)
                continue;
            var lastRun = connection.QuerySingleOrDefault<DateTime?>(
                warehouse.Sql("SELECT max(started_at) FROM etl_run WHERE source = @source"), new { source = source.Name });
            // etl_run keeps UTC.
            if (lastRun is null || new DateTimeOffset(DateTime.SpecifyKind(lastRun.Value, DateTimeKind.Utc)) < previousFire.Value)
                missed.Add(source);
        }
        return missed;
    }
}
