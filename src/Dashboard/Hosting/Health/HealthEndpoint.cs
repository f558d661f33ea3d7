using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Authentication;
using Quartz;


namespace IndicadoresServicio.Dashboard.Hosting.Health;

/// <summary>
/// <c>/api/salud</c>, for a monitor that knows nothing but HTTP status codes and for the operator who reads the JSON:
/// the warehouse, the scheduler, the data folder's free disk, and the freshness of each source. It answers 503 when
/// the warehouse cannot be reached or a source is late (docs/operacion.md explains each state). Anyone reaching the
/// port gets the states and counts; names of jobs and sources need a signed-in person or the installation's token;
/// where the warehouse lives and the errors' text, an administrator (or the token).
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/api/salud";
    public const string Ok = "ok";
    public const string Warning = "advertencia";
    public const string Failing = "falla";

    /// <summary>Below this much free space in the data folder (or 5 % of the disk) the disk is reported low.</summary>
    public const long LowDiskBytes = 1L << 30;

    public static void MapHealth(this WebApplication app, Installation installation, Warehouse warehouse, IReadOnlyList<ScheduledSource> sources)
    {
        var started = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        app.MapGet(Path, async (HttpContext http, TimeProvider time) =>
        {
            var token = (await http.AuthenticateAsync(ServerTokenAuthentication.SchemeName)).Succeeded;
            var named = token || http.User.Identity?.IsAuthenticated == true;
            var admin = token || http.User.IsInRole(Roles.Admin);
            var now = time.GetUtcNow();

            var (reachable, warehouseError, freshness) = Warehouse(warehouse, sources, now, started);
            var jobs = await Jobs(http.RequestServices);
            var disk = Disk(installation.DataDirectory);
            var late = freshness.Count(f => f.Stale);
            var failedJobs = jobs?.Count(j => j.Failures > 0) ?? 0;
            var state = !reachable || late > 0 ? Failing
                : disk.Low || failedJobs > 0 || freshness.Any(f => f.LastStatus is Etl.Load.RunStatus.Failed or Etl.Load.RunStatus.Interrupted) ? Warning
                : Ok;

            var body = new Dictionary<string, object?>
            {
                ["estado"] = state,
                ["bodega_alcanzable"] = reachable,
                ["motor"] = warehouse.Engine == WarehouseEngine.DuckDb ? "duckdb" : "postgresql",
                ["programador"] = new Dictionary<string, object?>
                {
                    ["activo"] = jobs is not null,
                    ["trabajos_con_fallas"] = failedJobs,
                    ["trabajos"] = named ? jobs?.Select(j => new
                    {
                        trabajo = j.Name, ultima_ejecucion = j.LastRun, proxima_ejecucion = j.NextRun, fallas = j.Failures,
                        ultima_falla = j.LastFailure, error = admin ? j.LastError : null,
                    }) : null,
                },
                ["disco"] = new { libre_bytes = disk.Free, total_bytes = disk.Total, libre_porcentaje = disk.FreePercent, estado = disk.Low ? "bajo" : Ok },
                ["frescura"] = new Dictionary<string, object?>
                {
                    ["al_dia"] = freshness.Count(f => f.State == SourceFreshness.Fresh),
                    ["atrasadas"] = late,
                    ["sin_cargas"] = freshness.Count(f => f.State == SourceFreshness.NeverLoaded),
                    ["fuentes"] = named ? freshness.Select(f => new
                    {
                        fuente = f.Source, programacion = f.Cron, intervalo_horas = Math.Round(f.Interval.TotalHours, 2),
                        ultima_carga_exitosa = f.LastSuccessUtc is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : (DateTimeOffset?)null,
                        ultima_corrida = f.LastStatus, estado = f.State,
                    }) : null,
                },
            };
            // Where the warehouse lives (and why it cannot be reached) is for the administrator, not for whoever can reach the port.
            if (admin)
            {
                body["bodega"] = warehouse.Description;
                body["bodega_error"] = warehouseError;
            }
            return Results.Json(body, statusCode: state == Failing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }).AllowAnonymous();
    }

    private static (bool Reachable, string? Error, IReadOnlyList<SourceFreshness> Freshness) Warehouse(
        Warehouse warehouse, IReadOnlyList<ScheduledSource> sources, DateTimeOffset now, DateTimeOffset started)
    {
        try
        {
            return (true, null, SourceFreshness.Read(warehouse, sources, now, started));
        }
        catch (Exception e) when (e is WarehouseException or System.Data.Common.DbException or InvalidOperationException)
        {
            return (false, e.Message, []);
        }
    }

    private sealed record JobState(string Name, DateTimeOffset? LastRun, DateTimeOffset? NextRun, long Failures, DateTimeOffset? LastFailure, string? LastError);

    /// <summary>Every job of this process's scheduler; null when this process runs none.</summary>
    private static async Task<List<JobState>?> Jobs(IServiceProvider services)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory)
            return null;
        var scheduler = await factory.GetScheduler();
        if (await scheduler.GetStatus() is not (SchedulerStatus.Running or SchedulerStatus.Standby))
            return null;
        var outcomes = services.GetService<JobOutcomes>();
        var jobs = new List<JobState>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup())).OrderBy(k => k.Group).ThenBy(k => k.Name))
        {
            var triggers = await scheduler.GetTriggersOfJob(key);
            var outcome = outcomes?.For(key);
            var previous = triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t is not null).Max();
            jobs.Add(new JobState($"{key.Group}.{key.Name}", Latest(previous, outcome?.LastRun),
                triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min(),
                outcome?.Failures ?? 0, outcome?.LastFailure, outcome?.LastError));
        }
        return jobs;
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private sealed record DiskSpace(long Free, long Total, bool Low)
    {
        public double FreePercent => Total == 0 ? 0 : Math.Round(100.0 * Free / Total, 1);
    }

    private static DiskSpace Disk(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var drive = new DriveInfo(System.IO.Path.GetFullPath(dataDirectory));
        var free = drive.AvailableFreeSpace;
        var total = drive.TotalSize;
        return new DiskSpace(free, total, free < LowDiskBytes || (total > 0 && free * 20 < total));
    }
}
