using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The dashboard's filters as the indicator engine's request: same period, cut-off and slice filters.</summary>
public static class PanelRequest
{
    /// <param name="dependency">The dependency the page shows after the access rule (null: all of them).</param>
    public static MeasurementRequest For(DashboardFilters filters, string? dependency, IReadOnlyList<string>? indicators = null,
        IReadOnlyList<string>? slices = null)
    {
        var sliceFilters = new List<SliceFilter>();
        void Add(string slice, string? value)
        {
            if (value is not null)
                sliceFilters.Add(new SliceFilter(slice, value));
        }
        Add("entidad", filters.Entity);
        Add("dependencia", dependency);
        Add("canal", filters.Channel);
        Add("tipo", filters.Type);
        Add("tema", filters.Topic);
        return new MeasurementRequest(Period.Of(filters.From, filters.To), filters.CutOff, indicators, slices, sliceFilters);
    }

    /// <summary>What the landing page (Resumen) measures: the whole panel, and the volume by month for its trend.</summary>
    public static IReadOnlyList<MeasurementRequest> Summary(DashboardFilters filters, string? dependency) =>
        [For(filters, dependency), For(filters, dependency, ["PQ-VOL"], ["mes"])];
}
