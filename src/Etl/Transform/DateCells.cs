using System.Globalization;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// Reads a date cell: the profile's formats first, then ISO (what the XLSX reader writes for real Excel
/// dates), then an Excel serial number. Only the calendar date is kept: terms count whole days.
/// </summary>
public sealed class DateCells(IReadOnlyList<string> profileFormats)
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss"];
    private readonly string[] _formats = profileFormats.Concat(IsoFormats).Distinct().ToArray();

    public IReadOnlyList<string> Formats => _formats;

    public bool TryParse(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
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
}
