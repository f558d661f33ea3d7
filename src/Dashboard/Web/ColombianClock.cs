using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.Web;

/// <summary>The product's clock (<see cref="ColombianTime"/>) as a service of the web app (tests give their own TimeProvider).</summary>
public sealed class ColombianClock(TimeProvider time)
{
    public DateTimeOffset Now => ColombianTime.Now(time);

    public DateOnly Today => ColombianTime.Today(time);
}
