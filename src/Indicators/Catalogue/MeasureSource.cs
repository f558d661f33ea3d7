namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// Where a family of indicators gets its measures: SQL files under <c>sql/indicators/</c>, each computing measures
/// its indicators name, per slice, for the current and the previous period in one scan of its facts. The last one
/// computes every measure; narrower ones before it answer the requests that need only theirs for less (the volume
/// of petitions needs no status per row). Which one runs is the catalogue's data, not a code path per indicator.
/// </summary>
/// <param name="Code">Short name: pqrsd.</param>
/// <param name="Scripts">Cheapest first; the last yields every measure of the source.</param>
/// <param name="CohortMeasure">The measure counting the slice's rows: zero means the slice has no data.</param>
/// <param name="Slices">The whitelist of slices this source's facts can be cut by.</param>
public sealed record MeasureSource(string Code, IReadOnlyList<MeasureScript> Scripts, string CohortMeasure, IReadOnlyList<SliceDefinition> Slices)
{
    /// <summary>
    /// Whether a cut-off inside the period makes sense: plan goals are followed quarter by quarter through the year,
    /// while a petition filed after the cut-off did not exist yet at it.
    /// </summary>
    public bool CutOffMayPrecedePeriodEnd { get; init; }

    public SliceDefinition? FindSlice(SliceName name) =>
        Slices.FirstOrDefault(s => s.Name == name);

    /// <summary>The cheapest script that yields every measure of these indicators (and the cohort measure).</summary>
    public MeasureScript ScriptFor(IEnumerable<IndicatorDefinition> indicators)
    {
        var needed = indicators.SelectMany(i => i.Measures).Append(CohortMeasure).Distinct().ToList();
        return Scripts.FirstOrDefault(s => s.Yields(needed)) ?? Scripts[^1];
    }
}
