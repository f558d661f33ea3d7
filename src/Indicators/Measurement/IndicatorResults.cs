using System.Globalization;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// From measure rows to indicator results: value = numerator / denominator as the catalogue says, the previous
/// period's row matched by slice keys, the target for the row's dependency, and the traffic light.
/// </summary>
internal static class IndicatorResults
{
    private static readonly StringComparer SpanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), ignoreCase: false);

    public static IEnumerable<IndicatorResult> From(IReadOnlyList<IndicatorDefinition> indicators, MeasureSource source,
        IReadOnlyList<SliceDefinition> slices, IReadOnlyList<MeasureRow> rows, Targets targets, string? dependencyFilter, bool comparable)
    {
        var current = rows.Where(r => r.IsCurrent).ToList();
        if (current.Count == 0 && slices.Count == 0)
            current.Add(MeasureRow.Empty(isCurrent: true, []));   // no petitions at all: still one row of zeros
        current.Sort((a, b) => CompareSlices(a.Slices, b.Slices));
        var previous = rows.Where(r => !r.IsCurrent).ToDictionary(r => r.KeyText);

        foreach (var indicator in indicators)
            foreach (var row in current)
            {
                var before = comparable ? previous.GetValueOrDefault(row.KeyText) ?? MeasureRow.Empty(false, row.Slices) : null;
                var dependency = row.Slices.FirstOrDefault(s => s.Slice == SliceName.Dependency)?.Value ?? dependencyFilter;
                var target = indicator.Direction == IndicatorDirection.Informative ? null : targets.For(indicator, dependency);
                var measurement = Measure(indicator, row);
                var hasData = row.Get(source.CohortMeasure) > 0;
                yield return new IndicatorResult(
                    indicator,
                    row.Slices,
                    measurement,
                    before is null ? null : Measure(indicator, before),
                    target,
                    TrafficLights.Of(indicator.Direction, target, measurement.Value, hasData),
                    indicator.Statistics.Select(s => new StatisticValue(s.Name, row.IsEmpty ? null : row.Get(s.Measure))).ToList())
                {
                    Band = hasData ? targets.BandsFor(indicator)?.Of(measurement.Value) : null,
                    SampleSize = indicator.SampleMeasure is { } sample ? row.Get(sample) ?? 0 : null,
                };
            }
    }

    private static Figures Measure(IndicatorDefinition indicator, MeasureRow row)
    {
        var numerator = row.Get(indicator.Numerator) ?? 0;
        if (indicator.Denominator is null)
            return new Figures(numerator, null, numerator);
        var denominator = row.Get(indicator.Denominator) ?? 0;
        return new Figures(numerator, denominator, denominator == 0 ? null : numerator / denominator);
    }

    private static int CompareSlices(IReadOnlyList<SliceValue> a, IReadOnlyList<SliceValue> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            var order = SpanishOrder.Compare(a[i].Value, b[i].Value);
            if (order != 0)
                return order;
        }
        return 0;
    }
}
