using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The dashboard's filters as the indicator engine's request: same period, cut-off and slice filters.</summary>
public static class PanelRequest
{
    /// <param name="dependency">The dependency the page shows after the access rule (null: all of them).</param>
    public static MeasurementRequest For(DashboardFilters filters, string? dependency, IReadOnlyList<IndicatorCode>? indicators = null,
        IReadOnlyList<SliceName>? slices = null)
    {
        var sliceFilters = new List<SliceFilter>();
        void Add(SliceName slice, string? value)
        {
            if (value is not null)
                sliceFilters.Add(new SliceFilter(slice, value));
        }
        Add(SliceName.Entity, filters.Entity);
        Add(SliceName.Dependency, dependency);
        Add(SliceName.Channel, filters.Channel);
        Add(SliceName.Type, filters.Type);
        Add(SliceName.Topic, filters.Topic);
        return new MeasurementRequest(Period.Of(filters.From, filters.To), filters.CutOff, indicators, slices, sliceFilters);
    }

    /// <summary>What the landing page (Resumen) measures: the whole panel, and the volume by month for its trend.</summary>
    public static IReadOnlyList<MeasurementRequest> Summary(DashboardFilters filters, string? dependency) =>
        [For(filters, dependency), For(filters, dependency, [IndicatorCode.Volume], [SliceName.Month])];
}
