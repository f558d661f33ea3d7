using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// A load killed half-way leaves its run «en curso» forever (its transaction rolled back, its row in the run log did
/// not). When the server starts, such runs are marked «interrumpida» so Calidad de datos and `trabajos` tell the truth.
/// </summary>
public static class InterruptedRuns
{
    /// <summary>
    /// On PostgreSQL another process (a command-line load) may be running right now, so only a run this old is taken
    /// for dead; a million-row load takes minutes. The embedded DuckDB is this server's alone once it starts.
    /// </summary>
    public static readonly TimeSpan SharedWarehouseAge = TimeSpan.FromHours(12);

    private const string Message = "La carga se interrumpió (el proceso terminó antes de acabar); no se guardó nada de ella. Vuelva a cargar el archivo.";

    /// <returns>How many runs were marked.</returns>
    public static int Mark(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var before = warehouse.Engine == WarehouseEngine.Postgres ? DateTime.UtcNow - SharedWarehouseAge : DateTime.UtcNow.AddYears(1);
        return connection.Execute(warehouse.Sql("""
            UPDATE etl_run SET status = @interrupted, finished_at = @now,
                error = @error
            WHERE status = @running AND started_at < @before
            """), new { interrupted = RunStatus.Interrupted, running = RunStatus.Running, now = DateTime.UtcNow, before, error = Message });
    }

    /// <summary>
    /// Marks every running load of <paramref name="source"/>, whatever its age: for a scheduler that is recovering
    /// that source's job after the process running it died (a node of a cluster). No other load of the source can
    /// be running then, as its job never runs twice at once anywhere in the cluster.
    /// </summary>
    /// <returns>How many runs were marked.</returns>
    public static int MarkSource(Warehouse warehouse, string source)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Execute(warehouse.Sql("""
            UPDATE etl_run SET status = @interrupted, finished_at = @now, error = @error
            WHERE status = @running AND source = @source
            """), new { interrupted = RunStatus.Interrupted, running = RunStatus.Running, now = DateTime.UtcNow, source, error = Message });
    }
}
