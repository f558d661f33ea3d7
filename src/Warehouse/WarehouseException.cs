namespace IndicadoresServicio.Warehousing;

/// <summary>A warehouse problem a user can act on; its message is Spanish and shown as it is.</summary>
public sealed class WarehouseException(string message, Exception? inner = null, bool isLocked = false) : Exception(message, inner)
{
    /// <summary>The embedded DuckDB file is held by another process (most likely `./indicadores servir`).</summary>
    public bool IsLocked { get; } = isLocked;
}
