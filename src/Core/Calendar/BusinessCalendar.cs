namespace IndicadoresServicio.Core.Calendar;

/// <summary>
/// Business days (días hábiles) of one entity: Monday to Friday, minus Colombian public holidays, minus the
/// entity's own extra non-working days (a decree closing the alcaldía, a "día cívico").
/// </summary>
/// <remarks>
/// Due dates are computed for every petition of every export, so the constructor precomputes, over the whole
/// supported range, how many business days there are up to each date and the list of business days; every
/// question is then answered with array look-ups instead of walking the calendar day by day.
/// </remarks>
public sealed class BusinessCalendar
{
    private static readonly int FirstDayNumber = SupportedRange.FirstDay.DayNumber;

    /// <summary>The national calendar: weekends and public holidays only.</summary>
    public static BusinessCalendar National { get; } = new([]);

    // businessDaysUpTo[i]: business days from the first supported day up to and including day i.
    private readonly int[] businessDaysUpTo;
    // businessDays[k]: index of the (k+1)-th business day from the first supported day.
    private readonly int[] businessDays;

    public BusinessCalendar(IEnumerable<DateOnly> extraNonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(extraNonWorkingDays);

        var extra = extraNonWorkingDays.Distinct().Order().ToArray();
        foreach (var day in extra)
            SupportedRange.EnsureDate(day, nameof(extraNonWorkingDays));
        ExtraNonWorkingDays = Array.AsReadOnly(extra);

        var closed = ClosedDays(extra);
        businessDaysUpTo = new int[closed.Length];
        var openDays = new List<int>(closed.Length * 5 / 7);
        for (var i = 0; i < closed.Length; i++)
        {
            if (!closed[i])
                openDays.Add(i);
            businessDaysUpTo[i] = openDays.Count;
        }
        businessDays = openDays.ToArray();
    }

    /// <summary>The entity's own non-working days, distinct and sorted.</summary>
    public IReadOnlyCollection<DateOnly> ExtraNonWorkingDays { get; }

    public bool IsBusinessDay(DateOnly d)
    {
        var i = IndexOf(d, nameof(d));
        var before = i == 0 ? 0 : businessDaysUpTo[i - 1];
        return businessDaysUpTo[i] > before;
    }

    /// <summary>
    /// The n-th business day strictly after <paramref name="start"/>, whatever day start is: a petition received on
    /// a Saturday has its day 1 on the following Monday. n = 0 returns start itself.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly start, int n)
    {
        if (n < 0)
            throw new ArgumentOutOfRangeException(nameof(n),
                $"El número de días hábiles no puede ser negativo ({n}).");
        var i = IndexOf(start, nameof(start));
        if (n == 0)
            return start;

        var k = businessDaysUpTo[i] + n - 1;
        if (k >= businessDays.Length)
            throw new ArgumentOutOfRangeException(nameof(n),
                $"{n} días hábiles después de {start:O} queda fuera del calendario admitido " +
                $"(hasta {SupportedRange.LastDay:O}).");
        return DateOf(businessDays[k]);
    }

    /// <summary>
    /// Business days d with after &lt; d &lt;= upToInclusive: the response time of a petition filed on
    /// <paramref name="after"/> and answered on <paramref name="upToInclusive"/>. Negative when upToInclusive
    /// comes first (minus the business days in (upToInclusive, after]).
    /// </summary>
    public int BusinessDaysBetween(DateOnly after, DateOnly upToInclusive) =>
        businessDaysUpTo[IndexOf(upToInclusive, nameof(upToInclusive))] - businessDaysUpTo[IndexOf(after, nameof(after))];

    private static bool[] ClosedDays(IReadOnlyList<DateOnly> extra)
    {
        var closed = new bool[SupportedRange.LastDay.DayNumber - FirstDayNumber + 1];
        for (var i = 0; i < closed.Length; i++)
            closed[i] = DateOf(i).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        for (var year = SupportedRange.FirstYear; year <= SupportedRange.LastYear; year++)
            foreach (var holiday in ColombianHolidays.For(year))
                closed[holiday.Date.DayNumber - FirstDayNumber] = true;
        foreach (var day in extra)
            closed[day.DayNumber - FirstDayNumber] = true;
        return closed;
    }

    private static int IndexOf(DateOnly date, string paramName)
    {
        SupportedRange.EnsureDate(date, paramName);
        return date.DayNumber - FirstDayNumber;
    }

    private static DateOnly DateOf(int index) => DateOnly.FromDayNumber(FirstDayNumber + index);
}
