namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>A clock stopped at noon in Bogotá on a given day, so default filters do not depend on when tests run.</summary>
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
}
