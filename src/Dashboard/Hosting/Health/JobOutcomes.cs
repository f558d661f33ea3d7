using System.Collections.Concurrent;
using Quartz;

namespace IndicadoresServicio.Dashboard.Hosting.Health;

/// <summary>
/// What each Quartz job of this process did: when it last ran, and how often it failed (threw) since the server
/// started, with its last error. The health check and the metrics read it; the jobs themselves stay unaware.
/// </summary>
public sealed class JobOutcomes : IJobListener
{
    public sealed record Outcome(DateTimeOffset? LastRun, long Failures, DateTimeOffset? LastFailure, string? LastError);

    private readonly ConcurrentDictionary<JobKey, Outcome> _outcomes = new();

    public string Name => "indicadores-resultados";

    public Outcome For(JobKey key) => _outcomes.GetValueOrDefault(key) ?? new Outcome(null, 0, null, null);

    public long TotalFailures => _outcomes.Values.Sum(o => o.Failures);

    public IReadOnlyDictionary<JobKey, Outcome> All => _outcomes;

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        _outcomes.AddOrUpdate(context.JobDetail.Key,
            _ => jobException is null ? new Outcome(now, 0, null, null) : new Outcome(now, 1, now, jobException.GetBaseException().Message),
            (_, before) => jobException is null
                ? before with { LastRun = now }
                : new Outcome(now, before.Failures + 1, now, jobException.GetBaseException().Message));
        return ValueTask.CompletedTask;
    }

    /// <summary>Hooks the listener on the server's scheduler as it starts; a process that runs no scheduler has nothing to hook.</summary>
    internal sealed class Hook(IServiceProvider services, JobOutcomes outcomes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (services.GetService<ISchedulerFactory>() is not { } schedulers)
                return;
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            scheduler.ListenerManager.AddJobListener(outcomes);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
