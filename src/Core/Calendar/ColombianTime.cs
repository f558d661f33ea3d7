namespace IndicadoresServicio.Core.Calendar;

/// <summary>
/// The product's one clock: Colombia's time (one zone, UTC-5, no daylight saving), whatever zone the server's clock
/// is set to. Dates that depend on "today" (a load's day, a default cut-off, the scheduler's office hours) read it
/// from here through a <see cref="TimeProvider"/>, which tests replace with their own.
/// </summary>
public static class ColombianTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>Today in Colombia by the system clock.</summary>
    public static DateOnly Today() => Today(TimeProvider.System);
}
