namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// One way to slice a source's measures (<c>--por dependencia</c>). Its SQL is fixed text of the catalogue, the
/// whitelist: user text only ever chooses a <see cref="Name"/>, never an expression.
/// </summary>
/// <param name="Name">The word users type and the output key: dependencia, canal, mes.</param>
/// <param name="Title">The column header in a table: Dependencia.</param>
/// <param name="Key">
/// A cheap expression over the fact row (aliased <c>f</c>) to group by, usually a dimension id: grouping by the
/// integer and naming it afterwards keeps the scan of the fact table narrow.
/// </param>
/// <param name="Label">
/// The readable value, an expression over <c>{key}</c> (the grouped key) and, with a <see cref="LabelJoin"/>, over
/// <c>{label}</c> (the dimension row of that key), run once per result row.
/// </param>
/// <param name="Lookup">
/// A query listing the slice's members as <c>slice_key, name, code</c>, to turn a filter typed by a user
/// (<c>--dependencia "Secretaría de Hacienda"</c>) into keys; null when the slice cannot be filtered.
/// </param>
/// <param name="LabelJoin">
/// The dimension that names the key, as <c>table {label} ON {label}.id = {key}</c>: left-joined once to the few
/// result rows (cheaper than a subquery per row, which the engine has to decorrelate); null when the label is
/// worked out from the key itself (a month).
/// </param>
/// <param name="ComparableAcrossPeriods">
/// False when the previous period never holds the same member (a month): its comparison would be meaningless.
/// </param>
public sealed record SliceDefinition(
    SliceName Name,
    string Title,
    string Key,
    string Label,
    string? Lookup,
    bool ComparableAcrossPeriods = true,
    string? LabelJoin = null)
{
    /// <summary>A second readable value of each member (a goal's text beside its id); null for most slices.</summary>
    public SliceDetail? Detail { get; init; }
}
