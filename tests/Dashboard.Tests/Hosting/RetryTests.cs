using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

public sealed class RetryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-reintento-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_source_job_whose_warehouse_is_away_schedules_its_next_attempt_twice_as_late_each_time()
    {
        var profile = Path.Combine(_root, "perfil.json");
        File.WriteAllText(profile, """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv",
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}}
            """);
        Directory.CreateDirectory(Path.Combine(_root, "entrada", "ventanilla"));
        File.WriteAllText(Path.Combine(_root, "entrada", "ventanilla", "x.csv"), "Radicado,Fecha,Tipo\nR-1,2024-01-02,peticion\n");
        // Nothing listens on port 1: the warehouse is "away", as a PostgreSQL server restarting would be.
        var away = Warehouse.Postgres("Host=127.0.0.1;Port=1;Username=nadie;Timeout=2");
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(new EtlEnvironment(away, new InboxFolders(_root), _root, null))
            .AddQuartz(q => q.AddJob<SourceLoadJob>(j => j.WithIdentity("ventanilla", "fuentes").StoreDurably()
                .UsingJobData(SourceLoadJob.ProfileKey, profile)))
            .BuildServiceProvider();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        var job = new JobKey("ventanilla", "fuentes");

        var before = DateTimeOffset.Now;
        await scheduler.TriggerJob(job, new JobDataMap { [SourceLoadJob.AttemptKey] = 3 }, CancellationToken.None);
        ITrigger? retry = null;
        for (var i = 0; i < 100 && retry is null; i++)
        {
            await Task.Delay(100);
            retry = (await scheduler.GetTriggersOfJob(job, CancellationToken.None))
                .FirstOrDefault(t => t.JobDataMap.ContainsKey(SourceLoadJob.AttemptKey) && t.JobDataMap.GetInt(SourceLoadJob.AttemptKey) == 4);
        }

        retry.Should().NotBeNull("a failed attempt schedules the next one");
        // Attempt 3 failed: the next waits 1 min * 2^(3-1) = 4 minutes.
        retry!.StartTimeUtc.Should().BeCloseTo(before.AddMinutes(4), TimeSpan.FromSeconds(20));
        File.Exists(Path.Combine(_root, "entrada", "ventanilla", "x.csv")).Should().BeTrue("the file waits for the warehouse");
        await scheduler.Shutdown(false, CancellationToken.None);
    }
}
