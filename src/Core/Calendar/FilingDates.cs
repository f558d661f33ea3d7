namespace IndicadoresServicio.Core.Calendar;

/// <summary>
/// The filing dates the product loads and measures: the calendar's years but one at each end, so that a period's
/// previous comparable period (a year back) and its due dates and alert window (weeks ahead) stay inside the
/// calendar, which the warehouse's <c>dim_date</c> holds day by day. The loads refuse a date outside it and the
/// engine refuses a period outside it, with the same words.
/// </summary>
public static class FilingDates
{
    public const int FirstYear = SupportedRange.FirstYear + 1;
    public const int LastYear = SupportedRange.LastYear - 1;

    public static readonly DateOnly FirstDay = new(FirstYear, 1, 1);
    public static readonly DateOnly LastDay = new(LastYear, 12, 31);

    public static bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>"1985-2099": what a message names.</summary>
    public static string Range => $"{FirstYear}-{LastYear}";
}
