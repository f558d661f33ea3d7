using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// What the calendar says about a day that moves arrivals: business day or not (the entity's own calendar), public
/// holiday, the entity's own non-working day, the days around holidays, Holy Week, the December-January dip.
/// </summary>
public sealed class ForecastCalendar(BusinessCalendar calendar)
{
    public static ForecastCalendar National { get; } = new(BusinessCalendar.National);

    private readonly HashSet<DateOnly> _extra = [.. calendar.ExtraNonWorkingDays];

    public bool IsBusinessDay(DateOnly day) => calendar.IsBusinessDay(day);

    public bool IsHoliday(DateOnly day) => ColombianHolidays.IsHoliday(day);

    public bool IsEntityNonWorkingDay(DateOnly day) => _extra.Contains(day);

    /// <summary>Days since the last public holiday (1 = the day after), capped at <paramref name="cap"/>.</summary>
    public int DaysSinceHoliday(DateOnly day, int cap = 10)
    {
        for (var k = 1; k < cap; k++)
            if (ColombianHolidays.IsHoliday(day.AddDays(-k)))
                return k;
        return cap;
    }

    /// <summary>Days until the next public holiday (1 = the day before), capped at <paramref name="cap"/>.</summary>
    public int DaysToHoliday(DateOnly day, int cap = 10)
    {
        for (var k = 1; k < cap; k++)
            if (ColombianHolidays.IsHoliday(day.AddDays(k)))
                return k;
        return cap;
    }

    /// <summary>
    /// A business day after two or more closed days in a row other than a plain weekend: the Tuesday after a
    /// holiday Monday, the Monday after Holy Week; petitions that waited come in then.
    /// </summary>
    public bool EndsLongClosure(DateOnly day)
    {
        if (!IsBusinessDay(day))
            return false;
        var closed = 0;
        for (var d = day.AddDays(-1); closed < 10 && !IsBusinessDay(d); d = d.AddDays(-1))
            closed++;
        return closed >= 3;
    }

    /// <summary>Monday to Sunday of Holy Week (Thursday and Friday are public holidays; many entities close on the others).</summary>
    public static bool IsHolyWeek(DateOnly day)
    {
        var palmSunday = EasterSunday(day.Year).AddDays(-7);
        return day > palmSunday && day <= palmSunday.AddDays(7);
    }

    /// <summary>
    /// Where the day stands in the December-January dip (offices on vacation, collective leave): days since
    /// 15 December, from 0 to 45 (the end of January's first month), -1 outside it.
    /// </summary>
    public static int YearEndDipDay(DateOnly day)
    {
        var start = day.Month == 12 ? new DateOnly(day.Year, 12, 15) : new DateOnly(day.Year - 1, 12, 15);
        var offset = day.DayNumber - start.DayNumber;
        return offset is >= 0 and <= 45 ? offset : -1;
    }

    public int BusinessDaysInWeek(DateOnly day)
    {
        var monday = ForecastFrequency.Week.PeriodStart(day);
        var n = 0;
        for (var i = 0; i < 7; i++)
            if (IsBusinessDay(monday.AddDays(i)))
                n++;
        return n;
    }

    public int BusinessDaysInMonth(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return calendar.BusinessDaysBetween(first.AddDays(-1), first.AddMonths(1).AddDays(-1));
    }

    private static DateOnly EasterSunday(int year) =>
        // Viernes Santo is a public holiday two days before Easter Sunday.
        ColombianHolidays.For(year).First(h => h.Name.Contains("Viernes Santo", StringComparison.Ordinal)).Date.AddDays(2);
}
