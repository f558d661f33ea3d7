using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// Reads a date cell: the profile's formats first, then ISO (what the XLSX reader writes for real Excel
/// dates), then an Excel serial number. Only the calendar date is kept: terms count whole days.
/// </summary>
public sealed partial class DateCells
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
            || DateTime.TryParseExact(Normalized(trimmed), _formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out dateTime)
            || ExcelSerialDate.TryParse(trimmed, out dateTime))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>
    /// What the invariant "tt" and the profile's spaces expect, from what exports write: any kind of space (Google
    /// Forms puts U+202F, a narrow no-break space, before "a. m."; spreadsheets U+00A0) becomes one plain space;
    /// "a. m.", "a.m.", "am", "p. m." become "AM"/"PM"; a trailing zone ("GMT-5", "GMT-05:00", "UTC") is dropped, because
    /// the dates are Colombian local time and only the calendar date is kept.
    /// </summary>
    public static string Normalized(string text)
    {
        var spaced = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                spaced.Append(c);
            else if (spaced.Length > 0 && spaced[^1] != ' ')
                spaced.Append(' ');
        }
        var plain = Zone().Replace(spaced.ToString().TrimEnd(), "");
        return Designator().Replace(plain, m => char.ToUpperInvariant(m.Groups[1].Value[0]) == 'A' ? " AM" : " PM");
    }

    [GeneratedRegex(@"\s*\b(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Zone();

    [GeneratedRegex(@"(?<=\d)\s*([ap])\.?\s?m\.?(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Designator();

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
