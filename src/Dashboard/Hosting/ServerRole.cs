namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>
/// What one server process does. The embedded DuckDB admits one process, so it is always both; on PostgreSQL a
/// municipality (or a gobernación for its towns) can run the web apart from one or more schedulers sharing the
/// schedule through the database (<see cref="ScheduleStore"/>).
/// </summary>
public enum ServerRole
{
    /// <summary><c>servir</c>: the dashboard and the scheduler in one process.</summary>
    WebAndScheduler,

    /// <summary><c>servir --sin-tareas</c>: the dashboard only; loads and reports are the workers'.</summary>
    WebOnly,

    /// <summary><c>trabajador</c>: the scheduler and its loads only, with its health and metrics on a local port.</summary>
    SchedulerOnly,
}

public static class ServerRoles
{
    public static bool RunsScheduler(this ServerRole role) => role != ServerRole.WebOnly;

    public static bool ServesDashboard(this ServerRole role) => role != ServerRole.SchedulerOnly;
}
