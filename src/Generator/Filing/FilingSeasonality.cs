using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Core.Calendar;

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
        return growth * daily * SeasonFactor(day);
    }

    private static double WeekdayFactor(DateOnly day, BusinessCalendar calendar)
    {
        // The first business day after a long weekend or a closure collects what piled up, the more the longer the
        // office was shut: the Tuesday after a holiday Monday like a Monday, the Monday after Holy Week even more.
        var closedBefore = 0;
        while (closedBefore < 10 && !calendar.IsBusinessDay(day.AddDays(-closedBefore - 1)))
            closedBefore++;
        if (closedBefore >= 3)
            return Math.Min(1.50, 1.30 + 0.05 * (closedBefore - 3));
        return day.DayOfWeek switch
        {
            DayOfWeek.Monday => 1.25,
            DayOfWeek.Tuesday => 1.08,
            DayOfWeek.Wednesday => 1.00,
            DayOfWeek.Thursday => 0.96,
            _ => 0.85,
        };
    }

    private static double SeasonFactor(DateOnly day)
    {
        if (HolyWeek.Contains(day))
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
}
