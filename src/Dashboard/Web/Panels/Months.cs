using System.Globalization;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The engine names a month «yyyy-MM»; a trend chart wants its first day.</summary>
public static class Months
{
    public static DateOnly FirstDay(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
