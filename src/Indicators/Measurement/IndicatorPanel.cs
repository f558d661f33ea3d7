using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// Measures a request in the database: for each measure source involved, one query over its facts (both
/// periods, every slice) whose few aggregated rows become the results. The fact table never leaves the database.
/// </summary>
public static class IndicatorPanel
{
    public static Panel Measure(Warehouse.Warehouse warehouse, MeasurementRequest request, Targets targets)
    {
        var indicators = RequestChecks.Indicators(request.Indicators);
        var previous = request.PreviousPeriod;
        RequestChecks.Dates(request.Period, request.CutOff, previous, request.AlertDays);
        var sources = indicators.Select(i => i.Source).Distinct().ToList();
        var slicesBySource = sources.ToDictionary(s => s, s => RequestChecks.Slices(s, request.Slices));

        var results = new List<IndicatorResult>();
        using var connection = warehouse.OpenConnection();
        foreach (var source in sources)
        {
            var slices = slicesBySource[source];
            var filters = SliceFilters.Clause(connection, source, request.Filters ?? []);
            var sql = MeasureQuery.Compose(SqlScripts.Statements(source.Script).Single(), slices, filters);
            var rows = MeasureRows.Read(connection, warehouse, sql, slices, request);
            results.AddRange(IndicatorResults.From(indicators.Where(i => i.Source == source).ToList(), source, slices, rows,
                targets, DependencyFilter(request)));
        }
        var ordered = results.OrderBy(r => IndexOf(indicators, r.Indicator)).ToList();   // stable: slice order kept
        return new Panel(request.Period, request.CutOff, previous, request.PreviousCutOff,
            slicesBySource.Values.FirstOrDefault()?.Select(s => s.Name).ToList() ?? [], ordered);
    }

    private static string? DependencyFilter(MeasurementRequest request) =>
        request.Filters?.LastOrDefault(f => string.Equals(f.Slice, "dependencia", StringComparison.OrdinalIgnoreCase))?.Value;

    private static int IndexOf(IReadOnlyList<IndicatorDefinition> indicators, IndicatorDefinition indicator)
    {
        for (var i = 0; i < indicators.Count; i++)
            if (indicators[i] == indicator)
                return i;
        return int.MaxValue;
    }
}
