using System.Globalization;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// Dependencies ordered best first by one indicator's direction: highest first when more is better, lowest
/// first when less is better; informative indicators (volume) largest first. Ties keep alphabetical order.
/// </summary>
public static class DependencyRanking
{
    private static readonly StringComparer SpanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), ignoreCase: false);

    /// <summary>Measures <paramref name="indicatorCode"/> by dependency for the request's period and filters, and ranks it.</summary>
    public static IReadOnlyList<RankedDependency> Measure(Warehouse warehouse, MeasurementRequest request,
        IndicatorCode indicatorCode, Targets targets)
    {
        var panel = IndicatorPanel.Measure(warehouse, request with { Indicators = [indicatorCode], Slices = [SliceName.Dependency] }, targets);
        return Rank(panel.Results);
    }

    /// <summary>Ranks results of one indicator sliced by dependency.</summary>
    public static IReadOnlyList<RankedDependency> Rank(IReadOnlyList<IndicatorResult> byDependency)
    {
        if (byDependency.Count == 0)
            return [];
        var indicator = byDependency[0].Indicator;
        if (byDependency.Any(r => r.Indicator != indicator))
            throw new ArgumentException("Un escalafón se arma con un solo indicador.", nameof(byDependency));
        var lowerFirst = indicator.Direction == IndicatorDirection.LowerIsBetter;
        var valued = byDependency
            .Where(r => r.Value is not null)
            .OrderBy(r => lowerFirst ? r.Value : -r.Value)
            .ThenBy(Name, SpanishOrder)
            .ToList();
        var ranked = new List<RankedDependency>(byDependency.Count);
        for (var i = 0; i < valued.Count; i++)
        {
            var position = i > 0 && valued[i].Value == valued[i - 1].Value ? ranked[i - 1].Position : i + 1;
            ranked.Add(Ranked(position, valued[i]));
        }
        ranked.AddRange(byDependency.Where(r => r.Value is null).OrderBy(Name, SpanishOrder).Select(r => Ranked(null, r)));
        return ranked;
    }

    private static string Name(IndicatorResult result) =>
        result.SliceValueOf(SliceName.Dependency)
        ?? throw new ArgumentException("Los resultados deben estar desagregados por dependencia.", nameof(result));

    private static RankedDependency Ranked(int? position, IndicatorResult result) =>
        new(position, Name(result), result.Value, result.PreviousValue, result.Change, result.Light);
}
