using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.Loads;
using Quartz;

namespace IndicadoresServicio.Dashboard.Hosting.Health;

/// <summary>
/// Whether each configured source's data is fresh: its last successful load (from the run log, whichever process
/// loaded it) is no older than twice its schedule's interval. The interval is the longest gap between consecutive
/// fire times of its cron (a weekdays-only schedule has a three-day gap over the weekend, and must not alarm on
/// Mondays). A source that never loaded counts from the server's start: a new installation is not an alarm yet.
/// </summary>
public sealed record SourceFreshness(string Source, string Cron, TimeSpan Interval, DateTime? LastSuccessUtc, string? LastStatus, bool Stale)
{
    /// <summary>Fire times looked at to find the longest gap: two weeks of a daily schedule.</summary>
    private const int FireTimesCompared = 15;

    public const string Fresh = "al_dia";
    public const string Late = "atrasada";
    public const string NeverLoaded = "sin_cargas";

    public string State => Stale ? Late : LastSuccessUtc is null ? NeverLoaded : Fresh;

    public static IReadOnlyList<SourceFreshness> Read(Warehouse warehouse, IEnumerable<ScheduledSource> sources, DateTimeOffset now, DateTimeOffset serverStarted)
    {
        var runs = LoadHistory.BySourceAndStatus(warehouse);
        return sources.Select(source =>
        {
            var lastSuccess = runs.Where(r => r.Source == source.Name && Succeeded(r.Status))
                .Select(r => (DateTime?)r.LastEndedAt).Max();
            var lastStatus = LoadHistory.LatestStatus(warehouse, source.Name);
            var interval = ScheduleInterval(source.Expression, now);
            // etl_run keeps UTC.
            var since = lastSuccess is { } last ? new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc)) : serverStarted;
            return new SourceFreshness(source.Name, source.Cron, interval, lastSuccess, lastStatus, now - since > 2 * interval);
        }).ToList();
    }

    /// <summary>A run whose data was loaded: it counts as the source's last success (with warnings too).</summary>
    public static bool Succeeded(string status) => status is RunStatus.Succeeded or RunStatus.SucceededWithWarnings;

    public static TimeSpan ScheduleInterval(CronExpression cron, DateTimeOffset from)
    {
        var longest = TimeSpan.Zero;
        var previous = cron.GetNextValidTimeAfter(from);
        for (var i = 0; i < FireTimesCompared && previous is { } p; i++)
        {
            var next = cron.GetNextValidTimeAfter(p);
            if (next is null)
                break;
            if (next.Value - p > longest)
                longest = next.Value - p;
            previous = next;
        }
        return longest;
    }
}
