namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// What to measure: petitions filed in <see cref="Period"/>, their status at <see cref="CutOff"/>, the
/// indicators (none: the whole catalogue), up to two slices, and filters. The previous comparable period is
/// derived: <see cref="Measurement.Period.Previous"/>, with the cut-off as far after its end as this one is.
/// <see cref="ComparePrevious"/> false skips it (a page that shows no comparison need not pay for it).
/// </summary>
public sealed record MeasurementRequest(
    Period Period,
    DateOnly CutOff,
    IReadOnlyList<Catalogue.IndicatorCode>? Indicators = null,
    IReadOnlyList<Catalogue.SliceName>? Slices = null,
    IReadOnlyList<SliceFilter>? Filters = null,
    int AlertDays = MeasurementRequest.DefaultAlertDays,
    bool ComparePrevious = true)
{
    /// <summary>PQ-PEND's window: due within the next 5 business days (the contract).</summary>
    public const int DefaultAlertDays = 5;

    public Period PreviousPeriod => Period.Previous();

    public DateOnly PreviousCutOff => PreviousPeriod.To.AddDays(CutOff.DayNumber - Period.To.DayNumber);

    /// <summary>
    /// Whether the results carry the previous period's figures: when asked, and when the slices' members recur in
    /// it (a month never does). When not, the previous period is not even read.
    /// </summary>
    public bool Compares(IReadOnlyList<Catalogue.SliceDefinition> slices) =>
        ComparePrevious && slices.All(s => s.ComparableAcrossPeriods);
}
