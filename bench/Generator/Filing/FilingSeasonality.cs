using IndicadoresServicio.Indicators.Calendar;

namespace IndicadoresServicio.Generator.Filing;

/// <summary>
/// How many petitions a day receives relative to an ordinary Wednesday: Mondays and the first day after a long
/// weekend are the heaviest, January brings the predial and the school enrolments, Holy Week and the second half of
/// December empty the offices, and the volume grows a few percent a year.
/// </summary>
internal static class FilingSeasonality
{
    private const double YearlyGrowth = 0.06;

    public static double Weight(DateOnly day, DateOnly periodStart, BusinessCalendar calendar, double closedDayWeight)
    {
        var years = (day.DayNumber - periodStart.DayNumber) / 365.25;
        var growth = Math.Pow(1 + YearlyGrowth, years);
        var open = calendar.IsBusinessDay(day);
        var daily = open ? WeekdayFactor(day, calendar) : closedDayWeight;
        return growth * daily * SeasonFactor(day, calendar);
    }

    private static double WeekdayFactor(DateOnly day, BusinessCalendar calendar)
    {
        // The first business day after a holiday Monday or a closure collects what piled up, like a Monday does.
        if (day.DayOfWeek != DayOfWeek.Monday && !calendar.IsBusinessDay(day.AddDays(-1)))
            return 1.30;
        return day.DayOfWeek switch
        {
            DayOfWeek.Monday => 1.25,
            DayOfWeek.Tuesday => 1.08,
            DayOfWeek.Wednesday => 1.00,
            DayOfWeek.Thursday => 0.96,
            _ => 0.85,
        };
    }

    private static double SeasonFactor(DateOnly day, BusinessCalendar calendar)
    {
        if (IsHolyWeek(day))
            return 0.55;
        return (day.Month, day.Day) switch
        {
            (1, <= 9) => 0.75,
            (1, _) => 1.30,
            (2, _) => 1.15,
            (3, _) => 1.05,
            (6, _) or (7, _) => 0.93,
            (11, _) => 0.97,
            (12, <= 15) => 0.85,
            (12, _) => 0.45,
            _ => 1.00,
        };
    }

    private static bool IsHolyWeek(DateOnly day)
    {
        var holyThursday = ColombianHolidays.For(day.Year).Single(h => h.Name == "Jueves Santo").Date;
        return day >= holyThursday.AddDays(-3) && day <= holyThursday.AddDays(2);
    }
}
