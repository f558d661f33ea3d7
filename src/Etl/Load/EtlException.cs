namespace IndicadoresServicio.Etl.Load;

/// <summary>A load that could not run at all (the file lacks a mapped column, the warehouse failed); Spanish message.</summary>
public sealed class EtlException(string message, Exception? inner = null) : Exception(message, inner);
