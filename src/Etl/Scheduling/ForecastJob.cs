using IndicadoresServicio.Indicators.Forecast;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>
/// Retrains the demand forecast on everything loaded and stores it (fct_forecast), so the pages read it without
/// training. Triggered after every load that changed the warehouse; never two at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ForecastJob(EtlEnvironment environment, ILogger<ForecastJob> log) : IJob
{
    public static readonly JobKey Key = new("pronostico", "sistema");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var cutOff = ForecastRefresh.Run(environment.Warehouse, environment.NonWorkingDaysDirectory, IndicadoresServicio.Core.Calendar.ColombianTime.Today(),
                line => log.LogInformation("{Line}", line));
            if (cutOff is { } day)
                log.LogInformation("Pronóstico guardado, entrenado con lo radicado hasta el {CutOff:yyyy-MM-dd}.", day);
        }
        catch (FormatException e)
        {
            log.LogError("No se pudo entrenar el pronóstico: {Message}", e.Message);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Asks the scheduler to retrain soon (after a load); a run already waiting or running covers it.</summary>
    public static async Task Request(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await scheduler.GetJobDetail(Key, cancellationToken) is not null)
            await scheduler.TriggerJob(Key, new JobDataMap(), cancellationToken);
    }
}
