namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>A request the indicators cannot answer as asked (unknown indicator or slice, reversed period); Spanish message.</summary>
public sealed class MeasurementException(string message) : Exception(message);
