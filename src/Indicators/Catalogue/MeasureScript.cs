namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// One SQL file under <c>sql/indicators/</c> that computes some of a source's measures, per slice, for the current
/// and the previous period (the contract is described in <see cref="Measurement.MeasureQuery"/>).
/// </summary>
/// <param name="Path">The file, relative to <c>sql/</c>.</param>
/// <param name="Measures">The measure columns it yields; a test checks them against what the file returns.</param>
public sealed record MeasureScript(string Path, IReadOnlyList<string> Measures)
{
    public bool Yields(IEnumerable<string> measures) => measures.All(Measures.Contains);
}
