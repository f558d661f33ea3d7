namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>The member of one slice a result belongs to: dependencia = "Secretaría de Hacienda".</summary>
/// <param name="Detail">The slice's second readable value, when it has one (<see cref="Catalogue.SliceDefinition.Detail"/>).</param>
public sealed record SliceValue(Catalogue.SliceName Slice, string Value, string? Detail = null);
