namespace IndicadoresServicio.Dashboard.Hosting.Metrics;

/// <summary>
/// Section "Indicadores:Metricas". /metrics is read by an administrator, by the command line with the server's token,
/// or by a Prometheus that sends <c>Authorization: Bearer &lt;Clave&gt;</c> when a key is set here (or in
/// INDICADORES__Metricas__Clave). Without a key, a scraper has no way in: the port may sit behind a reverse proxy.
/// </summary>
public sealed class MetricsSettings
{
    public string? Clave { get; set; }
}
