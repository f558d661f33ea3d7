using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// One indicator for one combination of slice members: its figures now and in the previous comparable period,
/// its target and traffic light. <see cref="Previous"/> is null when the slices have no previous counterpart
/// (months); a slice with no petitions then measures zero, so its counts compare with 0 and its rates with null.
/// </summary>
public sealed record IndicatorResult(
    IndicatorDefinition Indicator,
    IReadOnlyList<SliceValue> Slices,
    Figures Current,
    Figures? Previous,
    Target? Target,
    TrafficLight Light,
    IReadOnlyList<StatisticValue> Statistics)
{
    public IndicatorCode Code => Indicator.Code;

    /// <summary>The value's band (sobresaliente .. crítico) for an indicator judged in bands; null otherwise or with no value.</summary>
    public string? Band { get; init; }
    /// <summary>What the value rests on (valid answers) when the indicator counts it; null otherwise.</summary>
    public double? SampleSize { get; init; }

    /// <summary>Fewer than <see cref="IndicatorDefinition.MinimumSample"/> valid answers: shown with "muestra insuficiente".</summary>
    public bool InsufficientSample => SampleSize < IndicatorDefinition.MinimumSample;

    public double? Value => Current.Value;

    public double? PreviousValue => Previous?.Value;

    /// <summary>Value minus previous value, in the indicator's unit (fraction points for rates).</summary>
    public double? Change => Value - PreviousValue;

    public string? SliceValueOf(SliceName slice) =>
        Slices.FirstOrDefault(s => s.Slice == slice)?.Value;

    public double? Statistic(StatisticName name) =>
        Statistics.FirstOrDefault(s => s.Name == name)?.Value;
}
