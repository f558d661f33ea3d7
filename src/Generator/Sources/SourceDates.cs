using System.Globalization;

namespace IndicadoresServicio.Generator.Sources;

/// <summary>Formats dates the Colombian way (day first) into a caller's buffer, without allocating.</summary>
internal static class SourceDates
{
    public const string DateTimeFormat = "dd/MM/yyyy HH:mm";
    public const string DateFormat = "dd/MM/yyyy";

    public static ReadOnlySpan<char> Format(DateTime value, Span<char> buffer) =>
        value.TryFormat(buffer, out var written, DateTimeFormat, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : throw new InvalidOperationException("El búfer de fecha es muy corto.");

    public static ReadOnlySpan<char> Format(DateOnly? value, Span<char> buffer) =>
        value is not { } date
            ? []
            : date.TryFormat(buffer, out var written, DateFormat, CultureInfo.InvariantCulture)
                ? buffer[..written]
                : throw new InvalidOperationException("El búfer de fecha es muy corto.");
}
