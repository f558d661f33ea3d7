namespace IndicadoresServicio.Indicators.Warehouse;

/// <summary>A warehouse problem a user can act on; its message is Spanish and shown as it is.</summary>
public sealed class WarehouseException(string message, Exception? inner = null) : Exception(message, inner);
