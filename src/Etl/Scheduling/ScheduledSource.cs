using Quartz;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>A configured source with its cron schedule, as the scheduler registers it.</summary>
public sealed record ScheduledSource(string Name, string ProfilePath, string Cron)
{
    /// <summary>Colombia has one time zone and no daylight saving; schedules read as local office hours.</summary>
    public static readonly TimeZoneInfo Colombia = ColombianTime.Zone;

    public JobKey JobKey => new(Name, "fuentes");

    public TriggerKey TriggerKey => new(Name, "fuentes");

    public CronExpression Expression => new CronExpression(Cron).WithTimeZone(Colombia);
}
