namespace IndicadoresServicio.Core.Calendar;

/// <summary>
/// The years the holiday table covers: Ley 51 de 1983 (Ley Emiliani) rules from 1984 on; 2100 is far enough for
/// any due date while keeping the precomputed business-day index small.
/// </summary>
internal static class SupportedRange
{
    public const int FirstYear = 1984;
    public const int LastYear = 2100;

    public static readonly DateOnly FirstDay = new(FirstYear, 1, 1);
    public static readonly DateOnly LastDay = new(LastYear, 12, 31);

    public static void EnsureYear(int year, string paramName)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(paramName,
                $"El año {year} está fuera del calendario admitido ({FirstYear} a {LastYear}).");
    }

    public static void EnsureDate(DateOnly date, string paramName)
    {
        if (date < FirstDay || date > LastDay)
            throw new ArgumentOutOfRangeException(paramName, OutOfRangeMessage(date));
    }

    public static string OutOfRangeMessage(DateOnly date) =>
        $"La fecha {date:O} está fuera del calendario admitido ({FirstDay:O} a {LastDay:O}).";
}
