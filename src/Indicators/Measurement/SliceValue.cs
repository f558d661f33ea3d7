namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>The member of one slice a result belongs to: dependencia = "Secretaría de Hacienda".</summary>
public sealed record SliceValue(string Slice, string Value);
