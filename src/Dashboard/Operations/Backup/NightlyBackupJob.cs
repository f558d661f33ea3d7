using IndicadoresServicio.Warehousing.Operations.Backup;
using System.Globalization;
using System.Text.RegularExpressions;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Operations.Backup;

/// <summary>
/// The server's nightly backup (<see cref="BackupSettings"/>): one folder per night named by its date and time, the
/// newest <see cref="BackupSettings.Conservar"/> kept. A failure is logged and left for the health check to show.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class NightlyBackupJob(Installation installation, Warehouse warehouse, IndicadoresSettings settings, ILogger<NightlyBackupJob> log) : IJob
{
    public static readonly JobKey Key = new("respaldo-nocturno", "operacion");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var root = Folder(installation, settings.Respaldo);
        var folder = Path.Combine(root, Core.Calendar.ColombianTime.Now(TimeProvider.System).ToString("yyyy-MM-dd_HHmm", CultureInfo.InvariantCulture));
        var manifest = await WarehouseBackup.Write(installation, warehouse, settings, folder, _ => { });
        log.LogInformation("Respaldo nocturno en {Folder}: {Contents}.", folder, WarehouseContents.Describe(manifest.Rows));
        foreach (var old in Prune(root, settings.Respaldo.Conservar))
            log.LogInformation("Respaldo antiguo borrado: {Folder}.", old);
    }

    public static string Folder(Installation installation, BackupSettings backup) => Path.GetFullPath(Path.Combine(installation.Root, backup.Carpeta));

    /// <summary>Deletes all but the newest <paramref name="keep"/> finished backups of <paramref name="root"/>, and unfinished ones older than them.</summary>
    public static IReadOnlyList<string> Prune(string root, int keep)
    {
        if (!Directory.Exists(root))
            return [];
        var dated = Directory.GetDirectories(root).Where(d => Dated().IsMatch(Path.GetFileName(d)))
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal).ToList();
        var finished = dated.Where(d => File.Exists(Path.Combine(d, BackupManifest.FileName))).ToList();
        var kept = finished.Take(keep).ToHashSet(StringComparer.Ordinal);
        var oldestKept = kept.Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault();
        var deleted = dated.Where(d => !kept.Contains(d)
            && (finished.Contains(d) || (oldestKept is not null && string.CompareOrdinal(Path.GetFileName(d), oldestKept) < 0))).ToList();
        foreach (var folder in deleted)
            WarehouseBackup.TryDelete(folder);
        return deleted;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}_\d{4}$")]
    private static partial Regex Dated();

    /// <summary>Registers the job in the server's Quartz setup when the settings turn it on.</summary>
    public static void Schedule(IQuartzBuilder quartz, BackupSettings backup)
    {
        if (!backup.Enabled)
            return;
        quartz.AddJob<NightlyBackupJob>(job => job.WithIdentity(Key));
        quartz.AddTrigger(trigger => trigger.ForJob(Key).WithIdentity(Key.Name, Key.Group)
            .WithCronSchedule(backup.Cron!, cron => cron.InTimeZone(ScheduledSource.Colombia).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
