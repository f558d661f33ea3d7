namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>A targets file that cannot be used as written; the Spanish message names the file and every problem.</summary>
public sealed class TargetsException(string message, Exception? inner = null) : Exception(message, inner);
