using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// A dependency's place in an indicator's ranking. Equal values share a position (1, 1, 3); a dependency with no
/// value (a rate with nothing under it) is listed last, without a position.
/// </summary>
public sealed record RankedDependency(
    int? Position,
    string Dependency,
    double? Value,
    double? PreviousValue,
    double? Change,
    TrafficLight Light);
