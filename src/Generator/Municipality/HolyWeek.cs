using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Generator.Municipality;

/// <summary>Semana Santa, read off the holiday table: the week offices close early and petitioners stay home.</summary>
internal static class HolyWeek
{
    public static DateOnly Thursday(int year) =>
        ColombianHolidays.For(year).First(h => h.Name.Contains("Jueves Santo", StringComparison.Ordinal)).Date;

    /// <summary>Palm Sunday to Easter Sunday.</summary>
    public static bool Contains(DateOnly day)
    {
        var thursday = Thursday(day.Year);
        return day >= thursday.AddDays(-4) && day <= thursday.AddDays(3);
    }
}
