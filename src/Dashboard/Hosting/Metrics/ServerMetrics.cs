using IndicadoresServicio.Dashboard.Hosting.Health;
using IndicadoresServicio.Dashboard.Web.Caching;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.Loads;
using Prometheus;

namespace IndicadoresServicio.Dashboard.Hosting.Metrics;

/// <summary>
/// The server's metrics, in a registry of its own (several servers may live in one test process). Requests are
/// counted by route template, never by raw path: a path may carry a radicado or a person's name in a filter. Loads
/// and rows come from the run log when scraped, so they count every process that loads into the warehouse.
/// </summary>
public sealed class ServerMetrics
{
    public ServerMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        Requests = factory.CreateCounter("indicadores_http_solicitudes_total", "Solicitudes atendidas, por página (plantilla de la ruta), método y código.",
            new CounterConfiguration { LabelNames = ["pagina", "metodo", "codigo"] });
        Latency = factory.CreateHistogram("indicadores_http_duracion_segundos", "Tiempo de respuesta por página (plantilla de la ruta).",
            new HistogramConfiguration { LabelNames = ["pagina"], Buckets = [0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10] });
        Loads = factory.CreateCounter("indicadores_cargas_total", "Cargas registradas en la bodega, por fuente y resultado.",
            new CounterConfiguration { LabelNames = ["fuente", "estado"] });
        Rows = factory.CreateCounter("indicadores_filas_total", "Filas de las cargas exitosas, por fuente: leidas, cargadas (nuevas, actualizadas o sin cambios) y cuarentena.",
            new CounterConfiguration { LabelNames = ["fuente", "tipo"] });
        LastSuccess = factory.CreateGauge("indicadores_ultima_carga_exitosa_segundos", "Fin de la última carga exitosa por fuente (segundos Unix).",
            new GaugeConfiguration { LabelNames = ["fuente"] });
        JobFailures = factory.CreateCounter("indicadores_trabajos_fallidos_total", "Ejecuciones de trabajos programados que terminaron en error desde que arrancó el servidor.",
            new CounterConfiguration { LabelNames = ["trabajo"] });
        Cache = factory.CreateCounter("indicadores_cache_consultas_total", "Consultas de cifras a la memoria del servidor: acierto (ya estaba) o calculo (se pidió a la bodega).",
            new CounterConfiguration { LabelNames = ["resultado"] });
    }

    public CollectorRegistry Registry { get; }

    public Counter Requests { get; }

    public Histogram Latency { get; }

    private Counter Loads { get; }

    private Counter Rows { get; }

    private Gauge LastSuccess { get; }

    private Counter JobFailures { get; }

    private Counter Cache { get; }

    /// <summary>Brings the counters kept elsewhere (run log, scheduler, cache) up to date, just before they are written out.</summary>
    public void Refresh(Warehouse warehouse, JobOutcomes? jobs, ResultCache? cache)
    {
        try
        {
            var runs = LoadHistory.BySourceAndStatus(warehouse);
            foreach (var run in runs)
                Loads.WithLabels(run.Source, run.Status).IncTo(run.Runs);
            foreach (var source in runs.Where(r => SourceFreshness.Succeeded(r.Status)).GroupBy(r => r.Source))
            {
                Rows.WithLabels(source.Key, "leidas").IncTo(source.Sum(r => r.RowsRead));
                Rows.WithLabels(source.Key, "cargadas").IncTo(source.Sum(r => r.RowsLoaded));
                Rows.WithLabels(source.Key, "cuarentena").IncTo(source.Sum(r => r.RowsQuarantined));
                var last = source.Max(r => r.LastEndedAt);
                LastSuccess.WithLabels(source.Key).Set(new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc)).ToUnixTimeSeconds());
            }
        }
        catch (Exception e) when (e is WarehouseException or System.Data.Common.DbException)
        {
            // The warehouse is away: the health check says so; the metrics keep their last values.
        }
        if (jobs is not null)
            foreach (var (key, outcome) in jobs.All)
                JobFailures.WithLabels($"{key.Group}.{key.Name}").IncTo(outcome.Failures);
        if (cache is not null)
        {
            Cache.WithLabels("acierto").IncTo(cache.Hits);
            Cache.WithLabels("calculo").IncTo(cache.Computed);
        }
    }
}
