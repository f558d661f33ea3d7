using System.Globalization;

namespace IndicadoresServicio.Generator.Tests.Support;

/// <summary>Parses the day-first dates of the CSV export with the formats its profile declares.</summary>
public static class SourceText
{
    public static readonly string[] DateFormats = ["dd/MM/yyyy HH:mm", "dd/MM/yyyy"];

    public static bool IsDate(string text) => TryDate(text, out _);

    public static bool TryDate(string text, out DateTime value) =>
        DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static DateTime DateTimeOf(string text) =>
        TryDate(text, out var value) ? value : throw new FormatException($"«{text}» no es una fecha del perfil");

    public static DateOnly? DayOf(string text) =>
        text.Length == 0 ? null : DateOnly.FromDateTime(DateTimeOf(text));
}
