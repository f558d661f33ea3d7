using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// Looks at the <see cref="DataVersion"/> every few seconds so that, once a load commits (the server's own jobs, or
/// `etl` into a shared PostgreSQL warehouse), the views people were looking at are computed again before anyone asks.
/// </summary>
public sealed class CacheRefresher(Warehouse warehouse, ResultCache cache, ILogger<CacheRefresher> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                cache.Refresh(DataVersion.Read(warehouse));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The warehouse may be busy or away for a moment; the next tick tries again and pages still check it.
                // Nothing here may stop the server (a background service's exception would end the host).
                log.LogDebug(e, "No se pudo leer la versión de los datos.");
            }
        }
    }
}
