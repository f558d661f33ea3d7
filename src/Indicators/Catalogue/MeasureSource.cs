namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// Where a family of indicators gets its measures: one SQL file under <c>sql/indicators/</c> that computes every
/// measure its indicators name, per slice, for the current and the previous period in one scan of its facts.
/// The contract of that file (parameters and placeholders) is described in <see cref="Measurement.MeasureQuery"/>.
/// </summary>
/// <param name="Code">Short name: pqrsd.</param>
/// <param name="Script">The SQL file, relative to <c>sql/</c>.</param>
/// <param name="CohortMeasure">The measure counting the slice's rows: zero means the slice has no data.</param>
/// <param name="Slices">The whitelist of slices this source's facts can be cut by.</param>
public sealed record MeasureSource(string Code, string Script, string CohortMeasure, IReadOnlyList<SliceDefinition> Slices)
{
    public SliceDefinition? FindSlice(string name) =>
        Slices.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
