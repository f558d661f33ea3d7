namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// One row of the catalogue. The value is <see cref="Numerator"/> over <see cref="Denominator"/>, both names of
/// measures that <see cref="Source"/>'s SQL computes per slice; with no denominator the value is the numerator
/// itself (a count). A new indicator over an existing source is one more row; over a new source, one more
/// <see cref="MeasureSource"/> and its SQL file: never a new code path.
/// </summary>
public sealed record IndicatorDefinition(
    IndicatorCode Code,
    string Name,
    string Description,
    string Formula,
    IndicatorUnit Unit,
    IndicatorDirection Direction,
    Target? DefaultTarget,
    MeasureSource Source,
    string Numerator,
    string? Denominator = null,
    IReadOnlyList<IndicatorStatistic>? Statistics = null)
{
    public IReadOnlyList<IndicatorStatistic> Statistics { get; init; } = Statistics ?? [];

    /// <summary>The default bands of an indicator judged in five bands besides its traffic light (the plan's); null for most.</summary>
    public PerformanceBands? Bands { get; init; }
    /// <summary>Below this many valid answers a satisfaction figure is shown with "muestra insuficiente" (the contract).</summary>
    public const int MinimumSample = 30;

    /// <summary>The measure counting what the value rests on (valid answers), when a small sample must be flagged; null: never.</summary>
    public string? SampleMeasure { get; init; }

    /// <summary>Every measure this indicator reads: what its source's script must yield.</summary>
    public IEnumerable<string> Measures =>
        new[] { Numerator, Denominator, SampleMeasure }.OfType<string>().Concat(Statistics.Select(s => s.Measure));
}
