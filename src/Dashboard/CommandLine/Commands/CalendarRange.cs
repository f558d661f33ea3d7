using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>Dates outside the calendar's years are a user error, said before any arithmetic fails.</summary>
internal static class CalendarRange
{
    public static void Check(DateOnly date, string where)
    {
        if (date.Year < ColombianHolidays.FirstYear || date.Year > ColombianHolidays.LastYear - 1)
            throw new UsageException($"{where}: la fecha {date:yyyy-MM-dd} está fuera del calendario admitido ({ColombianHolidays.FirstYear} a {ColombianHolidays.LastYear - 1}).");
    }
}
