using System.Globalization;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// Reads a date cell: the profile's formats first, then ISO (what the XLSX reader writes for real Excel
/// dates), then an Excel serial number. Only the calendar date is kept: terms count whole days.
/// </summary>
public sealed class DateCells
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss"];
    private const string DayFirst = "dd/MM/yyyy";
    private const string DayFirstWithTime = "dd/MM/yyyy HH:mm";

    private readonly string[] _formats;

    // Which day-first layouts may be read by hand: those the profile lists before any other format, so that
    // no other format could have matched first (and the two never match the same text).
    private readonly bool _dayFirstByHand;
    private readonly bool _dayFirstWithTimeByHand;

    public DateCells(IReadOnlyList<string> profileFormats)
    {
        _formats = profileFormats.Concat(IsoFormats).Distinct().ToArray();
        var leading = _formats.TakeWhile(f => f is DayFirst or DayFirstWithTime).ToList();
        _dayFirstByHand = leading.Contains(DayFirst);
        _dayFirstWithTimeByHand = leading.Contains(DayFirstWithTime);
    }

    public IReadOnlyList<string> Formats => _formats;

    public bool TryParse(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (TryDayFirst(trimmed, out date))
            return true;
        if (DateTime.TryParseExact(trimmed, _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dateTime)
            || DateTime.TryParseExact(trimmed.Replace("a. m.", "AM").Replace("p. m.", "PM").Replace("a.m.", "AM").Replace("p.m.", "PM"),
                _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out dateTime)
            || ExcelSerialDate.TryParse(trimmed, out dateTime))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>
    /// Exports write "dd/MM/yyyy" or "dd/MM/yyyy HH:mm" a million times; reading exactly those by hand spares the
    /// general parser. Anything else, even a valid variant (one digit, two spaces), goes on to it.
    /// </summary>
    private bool TryDayFirst(string text, out DateOnly date)
    {
        date = default;
        var byHand = text.Length switch { 10 => _dayFirstByHand, 16 => _dayFirstWithTimeByHand, _ => false };
        if (!byHand || text[2] != '/' || text[5] != '/'
            || !Digits(text, 0, 2, out var day) || !Digits(text, 3, 2, out var month) || !Digits(text, 6, 4, out var year))
            return false;
        if (text.Length == 16
            && (text[10] != ' ' || text[13] != ':' || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute)
                || hour > 23 || minute > 59))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
                return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
