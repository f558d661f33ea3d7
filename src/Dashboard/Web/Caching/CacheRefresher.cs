using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// Looks at the <see cref="DataVersion"/> when the server starts and every few seconds after, so that once a load
/// commits (the server's own jobs, or `etl` into a shared PostgreSQL warehouse) the views people were looking at are
/// computed again before anyone asks, and the pages people open first (Resumen, and Por vencer, which the mayor's
/// office follows every morning; default filters, the roles that see the whole entity) are ready for the first person
/// who signs in.
/// </summary>
public sealed class CacheRefresher(Warehouse warehouse, ResultCache cache, Targets targets, ColombianClock clock, ILogger<CacheRefresher> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var version = DataVersion.Read(warehouse);
                cache.Refresh(version);
                PrepareLandingPage(cache, version, warehouse, targets, clock.Today);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The warehouse may be busy or away for a moment; the next tick tries again and pages still check it.
                // Nothing here may stop the server (a background service's exception would end the host).
                log.LogDebug(e, "No se pudo preparar el tablero.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Computes Resumen's and Por vencer's answers for today's default filters unless the cache has them at this version.</summary>
    public static void PrepareLandingPage(ResultCache cache, DataVersion version, Warehouse warehouse, Targets targets, DateOnly today)
    {
        var defaults = DashboardFilters.Defaults(today);
        // Resumen shows the comité and the despacho the plan's yearly efficacy too (IndexModel.PlanEfficacy).
        var answers = PanelRequest.Summary(defaults, dependency: null)
            .Append(Plan.PlanFigures.Requests(defaults.CutOff.Year, defaults.CutOff, null)[0])
            .Select(request => (Action)(() => EngineAnswers.Panel(cache, version, warehouse, targets, request)))
            .Append(() => EngineAnswers.Alerts(cache, version, warehouse, PanelRequest.For(defaults, null), Pages.PorVencerModel.ShownRows))
            // Por vencer (and the despacho's Resumen) list the dependencies at risk of letting petitions expire.
            .Append(() => cache.Get(version, Pages.Shared.ExpiryRiskView.CacheKey(defaults.CutOff, null),
                () => Pages.Shared.ExpiryRiskView.Of(warehouse, defaults.CutOff, null)));
        foreach (var answer in answers)
        {
            try
            {
                answer();
            }
            catch (MeasurementException)
            {
                // Nothing to measure yet (a warehouse without data answers with a Spanish refusal): the page will say it.
            }
        }
    }
}
