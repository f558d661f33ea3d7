using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Hosting.Health;
using IndicadoresServicio.Dashboard.Hosting.Logging;
using IndicadoresServicio.Dashboard.Hosting.Metrics;
using IndicadoresServicio.Dashboard.Operations.Backup;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>What the server does for its operator (docs/operacion.md): health, metrics, JSON-lines logs, the nightly backup.</summary>
public static class ServerOperations
{
    public static void AddServerOperations(this WebApplicationBuilder builder, Installation installation, IndicadoresSettings settings)
    {
        // Under the Windows service manager (sc.exe) the server answers its start and stop; elsewhere this does nothing.
        builder.Services.AddWindowsService(options => options.ServiceName = "Indicadores");
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Services.AddSingleton<JobOutcomes>();
        builder.Services.AddHostedService<JobOutcomes.Hook>();
        var log = new JsonLinesLog(Path.Combine(installation.DataDirectory, JsonLinesLog.FolderName), settings.Registros.Conservar, TimeProvider.System);
        builder.Logging.AddProvider(log);
        foreach (var category in JsonLinesLog.RequestCategories)
            builder.Logging.AddFilter<JsonLinesLog>(category, LogLevel.Warning);
    }

    /// <summary>Goes before the dashboard's own middleware, so that every request is timed.</summary>
    public static void UseServerOperations(this WebApplication app) => app.UseRequestMetrics();

    public static void MapServerOperations(this WebApplication app, Installation installation, Warehouse warehouse, IReadOnlyList<ScheduledSource> sources)
    {
        app.MapHealth(installation, warehouse, sources);
        app.MapMetrics(warehouse);
        app.MapBackupApi(installation, warehouse);
    }
}
