using System.Data.Common;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>
/// Holds one connection to an embedded DuckDB warehouse while the server runs. DuckDB.NET shares one database
/// instance among the connections of a process to one file, and drops it (loading and checkpointing the file
/// again, ≈ 25 ms) whenever the last one closes: without this every page paid that once per query. The server
/// is the warehouse's one writer anyway (README: `etl --archivo` hands the file over to it while it runs).
/// </summary>
internal sealed class WarehouseKeptOpen(Warehouse warehouse) : IHostedService
{
    private DbConnection? _connection;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (warehouse.Engine == WarehouseEngine.DuckDb)
            _connection = warehouse.OpenConnection();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _connection?.Dispose();
        _connection = null;
        return Task.CompletedTask;
    }
}
