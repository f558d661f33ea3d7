using IndicadoresServicio.Etl.Inbox;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>
/// Every few seconds, loads the files that `./indicadores etl --archivo` handed over because this server
/// holds the embedded warehouse (see <see cref="LoadRequests"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class LoadRequestJob(EtlEnvironment environment, ILogger<LoadRequestJob> log) : IJob
{
    public static readonly JobKey Key = new("solicitudes-de-carga", "sistema");
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var handled = LoadRequests.ProcessPending(environment.Warehouse, environment.Folders, environment.OptionsFor,
            line => log.LogInformation("{Line}", line), cancellationToken);
        if (handled > 0)
            await ForecastJob.Request(context.Scheduler, cancellationToken);
    }
}
