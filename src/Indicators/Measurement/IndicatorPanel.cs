using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// Measures a request in the database: for each measure source involved, one query over its facts (both
/// periods, every slice), the cheapest of the source's scripts that yields what the indicators read, whose few
/// aggregated rows become the results. The fact table never leaves the database.
/// </summary>
public static class IndicatorPanel
{
    /// <summary>
    /// Refuses, with a Spanish <see cref="MeasurementException"/>, what no warehouse could answer: unknown
    /// indicators or slices, too many slices, a cut-off before the period ends. Filter values need the warehouse.
    /// </summary>
    public static void Check(MeasurementRequest request) => Plan(request);

    public static Panel Measure(Warehouse warehouse, MeasurementRequest request, Targets targets)
    {
        var (indicators, slicesBySource) = Plan(request);
        var sources = slicesBySource.Keys.ToList();

        var results = new List<IndicatorResult>();
        using var connection = warehouse.OpenConnection();
        foreach (var source in sources)
        {
            var slices = slicesBySource[source];
            var filters = SliceFilters.Clause(connection, source, request.Filters ?? []);
            var sourceIndicators = indicators.Where(i => i.Source == source).ToList();
            var script = source.ScriptFor(sourceIndicators);
            var sql = MeasureQuery.Compose(SqlScripts.Statements(script.Path).Single(), slices, filters);
            var rows = MeasureRows.Read(connection, warehouse, sql, slices, request);
            results.AddRange(IndicatorResults.From(sourceIndicators, source, slices, rows,
                targets, DependencyFilter(request), request.Compares(slices)));
        }
        var ordered = results.OrderBy(r => IndexOf(indicators, r.Indicator)).ToList();   // stable: slice order kept
        return new Panel(request.Period, request.CutOff, request.PreviousPeriod, request.PreviousCutOff,
            slicesBySource.Values.FirstOrDefault()?.Select(s => s.Name).ToList() ?? [], ordered);
    }

    private static (IReadOnlyList<IndicatorDefinition> Indicators, Dictionary<MeasureSource, IReadOnlyList<SliceDefinition>> SlicesBySource)
        Plan(MeasurementRequest request)
    {
        var indicators = Answerable(RequestChecks.Indicators(request.Indicators), request);
        RequestChecks.Dates(request.Period, request.CutOff, request.PreviousPeriod, request.AlertDays,
            indicators.All(i => i.Source.CutOffMayPrecedePeriodEnd));
        var slicesBySource = indicators.Select(i => i.Source).Distinct().ToDictionary(s => s, s => RequestChecks.Slices(s, request.Slices));
        return (indicators, slicesBySource);
    }

    /// <summary>
    /// The whole catalogue asked for with a slice or filter only some sources have ("--por tipo" is petitions' alone):
    /// the indicators whose source can answer it. Indicators named one by one are kept, so a wrong slice is reported.
    /// </summary>
    private static IReadOnlyList<IndicatorDefinition> Answerable(IReadOnlyList<IndicatorDefinition> indicators, MeasurementRequest request)
    {
        if (request.Indicators is { Count: > 0 })
            return indicators;
        var asked = (request.Slices ?? []).Concat((request.Filters ?? []).Select(f => f.Slice)).ToList();
        var answerable = indicators.Where(i => asked.All(name => i.Source.FindSlice(name) is not null)).ToList();
        return answerable.Count > 0 ? answerable : indicators;
    }

    private static string? DependencyFilter(MeasurementRequest request) =>
        request.Filters?.LastOrDefault(f => f.Slice == SliceName.Dependency)?.Value;

    private static int IndexOf(IReadOnlyList<IndicatorDefinition> indicators, IndicatorDefinition indicator)
    {
        for (var i = 0; i < indicators.Count; i++)
            if (indicators[i] == indicator)
                return i;
        return int.MaxValue;
    }
}
