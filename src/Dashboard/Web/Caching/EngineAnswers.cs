using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// The engine's answers as the cache keeps them: one key and one computation per kind, shared by the pages and by
/// <see cref="CacheRefresher"/>, which prepares the landing page before anyone asks. Each computation captures only
/// the warehouse, the targets and the request's values, so it may run again after a load (refreshable).
/// </summary>
public static class EngineAnswers
{
    public static Panel Panel(ResultCache cache, DataVersion version, Warehouse warehouse, Targets targets, MeasurementRequest request) =>
        cache.Get(version, RequestKey.Of("panel", request), () => IndicatorPanel.Measure(warehouse, request, targets), refreshable: true);

    public static IReadOnlyList<RankedDependency> Ranking(ResultCache cache, DataVersion version, Warehouse warehouse, Targets targets,
        MeasurementRequest request, IndicatorCode indicator) =>
        cache.Get(version, RequestKey.Of("ranking", request, indicator),
            () => DependencyRanking.Measure(warehouse, request, indicator, targets), refreshable: true);

    public static AlertSummary Alerts(ResultCache cache, DataVersion version, Warehouse warehouse, MeasurementRequest request, int take) =>
        cache.Get(version, RequestKey.Of("alertas", request, take), () => PetitionAlerts.Summarize(warehouse, request, take), refreshable: true);
}
