using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>
/// Where the schedule lives. With the embedded DuckDB, in memory: one process owns the warehouse and its schedule.
/// With PostgreSQL, in Quartz's own tables in the warehouse's database (created on first start), clustered: every
/// scheduler process sharing the database shares the schedule, a trigger fires on one of them only, a job marked
/// [DisallowConcurrentExecution] never runs twice at once anywhere, and a node that stops checking in has its
/// running jobs recovered by another.
/// </summary>
public static class ScheduleStore
{
    public static bool IsShared(Warehouse warehouse, ProgramadorSettings settings) =>
        warehouse.Engine == WarehouseEngine.Postgres && settings.Compartido;

    public static void Use(IQuartzBuilder quartz, Warehouse warehouse, ProgramadorSettings settings)
    {
        // Every process uses Quartz's default scheduler name: the cluster is that name plus the database.
        if (!IsShared(warehouse, settings))
            return;
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(warehouse.ConnectionString);
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = TimeSpan.FromSeconds(settings.LatidoSegundos);
                cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(settings.ToleranciaSegundos);
            });
            store.ProvisionSchema();
        });
    }
}
