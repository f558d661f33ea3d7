using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>Keep only one member of a slice (<c>--dependencia "Secretaría de Hacienda"</c>): its name, code or DANE code.</summary>
public sealed record SliceFilter(SliceName Slice, string Value);
