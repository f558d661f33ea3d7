using IndicadoresServicio.Etl.Scheduling;

namespace IndicadoresServicio.Dashboard.Web;

/// <summary>Today's date in Colombia, whatever zone the server's clock is set to (tests give their own TimeProvider).</summary>
public sealed class ColombianClock(TimeProvider time)
{
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), ScheduledSource.Colombia);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
