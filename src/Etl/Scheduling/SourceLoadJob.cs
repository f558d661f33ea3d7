using System.Data.Common;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>
/// Loads the files waiting in one source's drop folder. Never two at once for the same source; when the
/// warehouse is away (the PostgreSQL server restarting, say) it tries again later, waiting twice as long each
/// time, up to <see cref="MaxAttempts"/> attempts, and leaves the files in place meanwhile.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SourceLoadJob(EtlEnvironment environment, ILogger<SourceLoadJob> log) : IJob
{
    public const string ProfileKey = "perfil";
    public const string AttemptKey = "intento";
    public const int MaxAttempts = 6;
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var profile = context.MergedJobDataMap.GetString(ProfileKey)!;
        var attempt = context.MergedJobDataMap.ContainsKey(AttemptKey) ? context.MergedJobDataMap.GetInt(AttemptKey) : 1;
        try
        {
            if (context.Recovering)
            {
                // The process that was running this job died (a node of a cluster): its load never committed.
                var source = Datasets.DatasetProfiles.Open(profile).Source;
                var marked = InterruptedRuns.MarkSource(environment.Warehouse, source);
                log.LogWarning("Fuente {Source}: se retoma la carga de un proceso que terminó a mitad ({Marked} carga(s) marcada(s) como interrumpidas).",
                    context.JobDetail.Key.Name, marked);
            }
            var today = ColombianTime.Today();
            var outcomes = SourceInbox.Process(environment.Warehouse, profile, environment.Folders, environment.OptionsFor(today),
                line => log.LogInformation("{Line}", line), cancellationToken);
            foreach (var outcome in outcomes.Where(o => !o.AlreadyLoaded))
                AuditTrail.Record(environment.Warehouse, AuditTrail.Scheduler, AuditTrail.Actions.Load,
                    $"fuente «{outcome.Source}»: {outcome.FileName}" + (outcome.Error is null ? "" : " (falló)"));
            if (outcomes.Count == 0)
                log.LogDebug("Fuente {Source}: no había archivos nuevos.", context.JobDetail.Key.Name);
            if (outcomes.Any(o => o.Summary is { } s && s.Inserted + s.Updated > 0))
                await ForecastJob.Request(context.Scheduler, cancellationToken);
        }
        catch (DiskFullException e)
        {
            // Retrying soon fills the same disk again: the files wait in their inbox for the next scheduled run.
            log.LogError("Fuente {Source}: {Message}", context.JobDetail.Key.Name, e.Message);
        }
        catch (Exception e) when (IsWarehouseAway(e) && attempt < MaxAttempts)
        {
            var delay = FirstRetryDelay * Math.Pow(2, attempt - 1);
            log.LogWarning("Fuente {Source}: la bodega no responde ({Message}); intento {Attempt} de {Max}, se reintenta en {Delay}.",
                context.JobDetail.Key.Name, e.Message, attempt, MaxAttempts, delay);
            await context.Scheduler.ScheduleJob(TriggerBuilder.Create()
                .ForJob(context.JobDetail)
                .UsingJobData(AttemptKey, attempt + 1)
                .StartAt(DateTimeOffset.Now + delay)
                .Build(), default, cancellationToken);
        }
        catch (Exception e) when (IsWarehouseAway(e))
        {
            log.LogError("Fuente {Source}: la bodega no respondió en {Max} intentos; se deja para la próxima ejecución programada. {Message}",
                context.JobDetail.Key.Name, MaxAttempts, e.Message);
        }
    }

    private static bool IsWarehouseAway(Exception e) =>
        e is WarehouseException or DbException || e.InnerException is WarehouseException or DbException;
}
