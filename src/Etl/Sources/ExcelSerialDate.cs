using System.Globalization;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Excel stores dates as day counts ("serial dates"); a date cell without a date format reaches us as a
/// number such as "45383". The reader cannot know which columns are dates, so it leaves numbers as text
/// and the transforms call this for date columns when their text formats fail.
/// </summary>
public static class ExcelSerialDate
{
    // Serial 1 is 1900-01-01. Excel (copying Lotus 1-2-3) believes 1900-02-29 exists as serial 60,
    // so every serial after it is one day ahead of the real calendar.
    private static readonly DateTime DayZero = new(1899, 12, 31);
    private const double FakeLeapDay = 60;
    private const double LastSerial = 2958465; // 9999-12-31, the last date Excel knows.

    public static bool TryParse(string? cell, out DateTime date)
    {
        date = default;
        if (!double.TryParse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out var serial))
            return false;
        if (serial < 1 || serial >= LastSerial + 1 || Math.Floor(serial) == FakeLeapDay)
            return false;

        var days = serial > FakeLeapDay ? serial - 1 : serial;
        // Round to the second: fractions of a day rarely come out exact (13:05 is 0.5451388…).
        var seconds = Math.Round(days * 86_400, MidpointRounding.AwayFromZero);
        if (seconds >= (DateTime.MaxValue - DayZero).TotalSeconds)
            return false;
        date = DayZero.AddSeconds(seconds);
        return true;
    }
}
