using System.Globalization;
using System.Text;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// A measurement request as a cache key: every field that changes the engine's answer, in a fixed order. Fields
/// are joined by a control character, which the filters never let through, so two requests cannot share a key.
/// </summary>
public static class RequestKey
{
    private const char Separator = '\u001f';

    /// <summary>Any parts (a page's own answers: its path, filters, order…) joined the same way.</summary>
    public static string Join(params object?[] parts) =>
        string.Join(Separator, parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));

    public static string Of(string kind, MeasurementRequest request, params object[] extra)
    {
        var key = new StringBuilder(kind);
        void Add(object? value) => key.Append(Separator).Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        Add(request.Period.From.DayNumber);
        Add(request.Period.To.DayNumber);
        Add(request.CutOff.DayNumber);
        Add(request.AlertDays);
        Add(request.ComparePrevious);
        Add(request.Indicators is null ? "*" : string.Join(',', request.Indicators));
        Add(request.Slices is null ? "" : string.Join(',', request.Slices));
        foreach (var filter in request.Filters ?? [])
        {
            Add(filter.Slice);
            Add(filter.Value);
        }
        foreach (var value in extra)
            Add(value);
        return key.ToString();
    }
}
