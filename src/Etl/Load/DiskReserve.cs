using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// A little room set aside beside the DuckDB warehouse while a load runs. When the disk fills in the middle of the
/// load DuckDB rolls it back, but with not one byte free it cannot write even the line saying the run failed (the
/// run would stay «en curso») nor fold its log into the file; giving this room back first lets both happen.
/// Nothing on PostgreSQL, whose disk is the server's.
/// </summary>
public sealed class DiskReserve : IDisposable
{
    /// <summary>A failed run's line and the checkpoint after it take a few DuckDB blocks (256 KiB each).</summary>
    public const int Size = 4 * 1024 * 1024;

    private readonly string? _path;

    private DiskReserve(string? path) => _path = path;

    /// <exception cref="DiskFullException">Not even the reserve fits: the load is refused before it writes anything.</exception>
    internal static DiskReserve Take(Warehouse warehouse, string fileName)
    {
        if (warehouse.Engine != WarehouseEngine.DuckDb)
            return new DiskReserve(null);
        var path = warehouse.Description + ".reserva";
        try
        {
            // Written, not just sized: a file extended with SetLength is sparse and holds no room at all.
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            stream.Write(new byte[Size]);
            stream.Flush(flushToDisk: true);
            return new DiskReserve(path);
        }
        catch (IOException e) when (Warehouse.IsDiskFull(e))
        {
            File.Delete(path);
            throw DiskFullException.BeforeStart(warehouse, fileName, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that refuses the reserve refuses the warehouse's writes too; DuckDB will say so in its own words.
            return new DiskReserve(null);
        }
    }

    /// <summary>Gives the room back (idempotent).</summary>
    public void Dispose()
    {
        if (_path is not null)
            File.Delete(_path);
    }
}
