using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Surveys;

/// <summary>
/// The dashboard's filters as survey requests: same period, entity, dependency and channel. Type and topic belong to
/// petitions and do not apply to surveys (the page says so when they are set).
/// </summary>
public static class SurveyRequests
{
    public static readonly IReadOnlyList<IndicatorCode> Indicators = IndicatorCatalogue.CodesOf(MeasureSources.Surveys);

    /// <summary>What a sliced table shows: responses, satisfaction with its interval, mean rating.</summary>
    public static readonly IndicatorCode[] TableIndicators = [IndicatorCode.SurveyResponses, IndicatorCode.Satisfaction, IndicatorCode.MeanScore];

    public static MeasurementRequest For(DashboardFilters filters, string? dependency, IReadOnlyList<IndicatorCode> indicators, SliceName? slice = null)
    {
        var sliceFilters = new List<SliceFilter>();
        if (filters.Entity is { } entity)
            sliceFilters.Add(new SliceFilter(SliceName.Entity, entity));
        if (dependency is not null)
            sliceFilters.Add(new SliceFilter(SliceName.Dependency, dependency));
        if (filters.Channel is { } channel)
            sliceFilters.Add(new SliceFilter(SliceName.Channel, channel));
        return new MeasurementRequest(Period.Of(filters.From, filters.To), filters.CutOff, indicators, slice is { } sliced ? [sliced] : null, sliceFilters)
        {
            // A sliced table compares nothing with the previous period: not measuring it halves the work.
            ComparePrevious = slice is null,
        };
    }

    public static bool HasPetitionOnlyFilters(DashboardFilters filters) => filters.Type is not null || filters.Topic is not null;
}
