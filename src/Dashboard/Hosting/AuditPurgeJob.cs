using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>Deletes audit entries past Indicadores:Auditoria:RetencionDias, when the server starts and once a day after.</summary>
[DisallowConcurrentExecution]
public sealed class AuditPurgeJob(Warehouse warehouse, IndicadoresSettings settings, ILogger<AuditPurgeJob> logger) : IJob
{
    public static readonly JobKey Key = new("auditoria-retencion");

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var deleted = AuditTrail.Purge(warehouse, settings.Auditoria.RetencionDias);
        if (deleted > 0)
            logger.LogInformation("Auditoría: se borraron {Deleted} registros de más de {Days} días.", deleted, settings.Auditoria.RetencionDias);
        return ValueTask.CompletedTask;
    }
}
