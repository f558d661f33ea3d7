using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Dependencies as a report names them when the warehouse holds more than one entity: two alcaldías both have a
/// «Secretaría de Hacienda», and a report that keyed rows by the dependency's name alone would merge or collide
/// them. Results measured by entidad and dependencia come back with the entity in the dependency's name
/// («Secretaría de Hacienda (Alcaldía de Prueba)») and no entidad slice, so every table, ranking and finding
/// downstream keeps working by dependency.
/// </summary>
internal static class EntityDependencies
{
    public static readonly SliceName[] Slices = [SliceName.Entity, SliceName.Dependency];

    public static IReadOnlyList<IndicatorResult> Named(IReadOnlyList<IndicatorResult> results)
    {
        var several = results.Select(r => r.SliceValueOf(SliceName.Entity)).Distinct(StringComparer.Ordinal).Count() > 1;
        return results.Select(r => r with
        {
            Slices = r.Slices.Where(s => s.Slice != SliceName.Entity)
                .Select(s => s.Slice == SliceName.Dependency && several ? s with { Value = $"{s.Value} ({r.SliceValueOf(SliceName.Entity)})" } : s)
                .ToList(),
        }).ToList();
    }
}
