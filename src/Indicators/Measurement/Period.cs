using System.Globalization;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>A filing period, both ends included.</summary>
public sealed record Period
{
    private Period(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public static Period Of(DateOnly from, DateOnly to) =>
        from <= to
            ? new Period(from, to)
            : throw new MeasurementException($"El periodo empieza ({Text(from)}) después de terminar ({Text(to)}).");

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>From the first day of a month to the last day of a month (a month, a semester, a year).</summary>
    public bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    /// <summary>
    /// The comparable period immediately before, of the same length. Whole months compare with as many whole
    /// months (the first semester with the second semester before it, not with 181 days that start on 3 July);
    /// any other period with as many days.
    /// </summary>
    public Period Previous()
    {
        if (!IsWholeMonths)
            return new Period(From.AddDays(-Days), From.AddDays(-1));
        var months = (To.Year - From.Year) * 12 + To.Month - From.Month + 1;
        return new Period(From.AddMonths(-months), From.AddDays(-1));
    }

    public override string ToString() => $"{Text(From)} a {Text(To)}";

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
