using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Querying;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>
/// The long-running server of `./indicadores servir` and `./indicadores trabajador`: the ETL scheduler (one Quartz
/// job per configured source, plus the hand-off inbox), the dashboard (Web/) and the API, bound to 127.0.0.1 only;
/// its <see cref="ServerRole"/> says which of them this process runs.
/// </summary>
public static class ServerHost
{
    /// <param name="adjust">Last changes before the app is built: tests swap in an in-memory server or a clock.</param>
    public static WebApplication Build(Installation installation, Warehouse warehouse, int port, IReadOnlyList<ScheduledSource> sources,
        Action<WebApplicationBuilder>? adjust = null, ServerRole role = ServerRole.WebAndScheduler)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // Where Razor Pages are looked for; without it a test host would search its own assembly.
            ApplicationName = typeof(ServerHost).Assembly.GetName().Name,
        });
        SettingsFiles.AddLayers(builder.Configuration, installation);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var settings = builder.Configuration.GetSection(IndicadoresSettings.Section).Get<IndicadoresSettings>() ?? new IndicadoresSettings();
        var environment = new EtlEnvironment(warehouse, new InboxFolders(installation.DataDirectory), installation.NonWorkingDaysDirectory, settings.SalPeticionario);
        builder.Services.AddSingleton(environment);
        builder.Services.AddSingleton(sources);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(installation);
        builder.Services.AddSingleton(InstalledTargets.Load(installation));
        builder.Services.AddHostedService(_ => new WarehouseKeptOpen(warehouse));
        if (role.RunsScheduler())
            InterruptedRuns.Mark(warehouse);
        builder.AddDashboardWeb(warehouse, role.ServesDashboard() ? ServerToken.Create(installation.DataDirectory) : ServerToken.Unwritten());
        builder.Services.AddSingleton(new PdfQueue(Path.Combine(installation.DataDirectory, "impresion"), PdfQueue.Limits.Default));
        builder.AddServerOperations(installation, settings);
        builder.Services.AddQuartz(quartz =>
        {
            ScheduleStore.Use(quartz, warehouse, settings.Programador);
            // Every trigger has a stable identity: a shared store keeps triggers, and one with a generated key would
            // be stored again, and fire again, at every start.
            foreach (var source in sources)
            {
                // Recovery: a load whose process died is run again by another scheduler of the cluster.
                quartz.AddJob<SourceLoadJob>(job => job.WithIdentity(source.JobKey).UsingJobData(SourceLoadJob.ProfileKey, source.ProfilePath).RequestRecovery());
                quartz.AddTrigger(trigger => trigger.WithIdentity(source.TriggerKey).ForJob(source.JobKey)
                    .WithCronSchedule(source.Cron, cron => cron.InTimeZone(ScheduledSource.Colombia).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
            quartz.AddJob<MonthlyPackJob>(job => job.WithIdentity(MonthlyPackJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(MonthlyPackJob.Key).WithIdentity(MonthlyPackJob.Key.Name, MonthlyPackJob.Key.Group)
                .WithCronSchedule(MonthlyPackJob.Cron, cron => cron.InTimeZone(ScheduledSource.Colombia).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            quartz.AddJob<PaacFollowUpJob>(job => job.WithIdentity(PaacFollowUpJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(PaacFollowUpJob.Key).WithIdentity(PaacFollowUpJob.Key.Name, PaacFollowUpJob.Key.Group)
                .WithCronSchedule(PaacFollowUpJob.Cron, cron => cron.InTimeZone(ScheduledSource.Colombia).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            quartz.AddJob<AnnualReportJob>(job => job.WithIdentity(AnnualReportJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(AnnualReportJob.Key).WithIdentity(AnnualReportJob.Key.Name, AnnualReportJob.Key.Group)
                .WithCronSchedule(AnnualReportJob.Cron, cron => cron.InTimeZone(ScheduledSource.Colombia).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // Run on demand only: after a load that changed the warehouse (ForecastJob.Request).
            quartz.AddJob<ForecastJob>(job => job.WithIdentity(ForecastJob.Key).StoreDurably());
            quartz.AddJob<LoadRequestJob>(job => job.WithIdentity(LoadRequestJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(LoadRequestJob.Key).WithIdentity(LoadRequestJob.Key.Name, LoadRequestJob.Key.Group).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(LoadRequestJob.Interval).RepeatForever()));

            // Operations: the nightly backup, when Indicadores:Respaldo turns it on (docs/operacion.md).
            Operations.Backup.NightlyBackupJob.Schedule(quartz, settings.Respaldo);
            // The audit trail's retention: when the server starts and once a day.
            quartz.AddJob<AuditPurgeJob>(job => job.WithIdentity(AuditPurgeJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(AuditPurgeJob.Key).WithIdentity(AuditPurgeJob.Key.Name, AuditPurgeJob.Key.Group).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(AuditPurgeJob.Interval).RepeatForever()));
        });
        // A restarted process replaces the stored triggers with its own; they keep their firing history, so a
        // schedule that already ran is not run again, and one missed while every process was down still fires.
        builder.Services.Configure<QuartzOptions>(options => options.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        if (role.RunsScheduler())
            builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);

        adjust?.Invoke(builder);

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (port != 0 && role.ServesDashboard())
                ServerToken.WritePort(installation.DataDirectory, port);
            if (role.RunsScheduler())
                _ = CatchUp(app, environment, sources);   // off the start-up callback: it must not block on the scheduler
        });
        app.UseServerOperations();
        app.UseDashboardWeb(role.ServesDashboard());
        if (role.ServesDashboard())
            app.MapReportDownload(installation);
        app.MapServerOperations(installation, warehouse, sources);
        // Job status names files and sources: a signed-in person, or `./indicadores trabajos` with the server's token.
        app.MapGet("/api/trabajos", () => Results.Json(JobStatus.Read(warehouse, environment.Folders, sources, DateTimeOffset.Now)))
            .RequireAuthorization(DashboardWeb.LocalApiPolicy);
        // Raw SQL only for `./indicadores consultar` on this installation (the token), never for a web session:
        // a query would see every dependency, whatever the user's role allows.
        app.MapPost("/api/consultar", async (HttpContext http) =>
        {
            if (http.User.Identity?.AuthenticationType != ServerTokenAuthentication.SchemeName)
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            using var body = new StreamReader(http.Request.Body);
            var sql = await body.ReadToEndAsync(http.RequestAborted);
            var csv = new StringWriter();
            try
            {
                await ReadOnlyQuery.WriteCsv(warehouse, sql, csv, readOnlyConnection: false, http.RequestAborted);
            }
            catch (ReadOnlyQuery.RefusedException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
        }).RequireAuthorization(DashboardWeb.LocalApiPolicy).DisableAntiforgery();
        BesideServer.Map(app, installation);
        return app;
    }

    /// <summary>Runs now every source whose scheduled run fell while the server was off.</summary>
    private static async Task CatchUp(WebApplication app, EtlEnvironment environment, IReadOnlyList<ScheduledSource> sources)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Indicadores.Programador");
        try
        {
            var now = (app.Services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
            var missed = MissedRuns.Find(environment.Warehouse, sources, now);
            if (missed.Count == 0)
                return;
            var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            foreach (var source in missed)
            {
                logger.LogInformation("Fuente {Source}: su ejecución programada se perdió mientras el servidor estaba apagado; se ejecuta ahora.", source.Name);
                await scheduler.TriggerJob(source.JobKey, new JobDataMap(), CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "No se pudieron poner al día las cargas programadas que se perdieron con el servidor apagado.");
        }
    }
}
