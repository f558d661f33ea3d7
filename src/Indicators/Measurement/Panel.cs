namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>Everything one request measured, with the periods it compared.</summary>
public sealed record Panel(
    Period Period,
    DateOnly CutOff,
    Period PreviousPeriod,
    DateOnly PreviousCutOff,
    IReadOnlyList<Catalogue.SliceName> Slices,
    IReadOnlyList<IndicatorResult> Results);
