using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>
/// One result flattened into the named cells json, csv and xlsx share: a contract for whoever reads the files.
/// Rates stay fractions and numbers stay numbers; only the table is formatted for people.
/// </summary>
internal static class PanelRow
{
    /// <summary>The statistics every file has a column for, empty where an indicator has none; PAAC-REZ's sin_reporte is shown on its page only.</summary>
    private static readonly StatisticName[] StatisticColumns =
        [StatisticName.Median, StatisticName.P90, StatisticName.IntervalLow, StatisticName.IntervalHigh];

    public static IReadOnlyList<string> Columns(Panel panel) =>
    [
        "indicador", "nombre", .. panel.Slices.SelectMany(s => SliceColumns(panel, s)), "valor", "numerador", "denominador", "unidad", "meta", "banda_amarilla",
        "semaforo", .. Banded(panel) ? ["banda"] : Array.Empty<string>(),
        "valor_anterior", "numerador_anterior", "denominador_anterior", "cambio", .. StatisticColumns.Select(s => s.Code), "muestra",
    ];

    /// <summary>A slice's column, and its detail's beside it (meta, meta_nombre).</summary>
    private static IEnumerable<string> SliceColumns(Panel panel, SliceName slice) =>
        DetailOf(panel, slice) is { } detail ? [slice.Code, detail.Name] : [slice.Code];

    private static Indicators.Catalogue.SliceDetail? DetailOf(Panel panel, SliceName slice) =>
        panel.Results.Select(r => r.Indicator.Source.FindSlice(slice)?.Detail).FirstOrDefault(d => d is not null);

    /// <summary>Panels of indicators judged in bands (the plan's) carry the band after the traffic light.</summary>
    private static bool Banded(Panel panel) => panel.Results.Any(r => r.Indicator.Bands is not null);

    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Rows(Panel panel) =>
        panel.Results.Select(r => Row(panel, r)).ToList();

    private static IReadOnlyList<KeyValuePair<string, object?>> Row(Panel panel, IndicatorResult r)
    {
        var cells = new List<KeyValuePair<string, object?>>
        {
            new("indicador", r.Code.Text),
            new("nombre", r.Indicator.Name),
        };
        foreach (var slice in panel.Slices)
        {
            cells.Add(new(slice.Code, r.SliceValueOf(slice)));
            if (DetailOf(panel, slice) is { } detail)
                cells.Add(new(detail.Name, r.Slices.FirstOrDefault(v => v.Slice == slice)?.Detail));
        }
        cells.AddRange(
        [
            new("valor", Exact(r.Value)),
            new("numerador", r.Current.Numerator),
            new("denominador", r.Current.Denominator),
            new("unidad", IndicatorUnits.SpanishName(r.Indicator.Unit)),
            new("meta", r.Target?.Goal),
            new("banda_amarilla", r.Target?.AmberBand),
            new("semaforo", TrafficLights.Code(r.Light)),
            .. Banded(panel) ? [new KeyValuePair<string, object?>("banda", r.Band)] : Array.Empty<KeyValuePair<string, object?>>(),
            new("valor_anterior", Exact(r.PreviousValue)),
            new("numerador_anterior", r.Previous?.Numerator),
            new("denominador_anterior", r.Previous?.Denominator),
            new("cambio", Exact(r.Change)),
            .. StatisticColumns.Select(s => new KeyValuePair<string, object?>(s.Code, Exact(r.Statistic(s)))),
            new("muestra", r.SampleSize is null ? null : r.InsufficientSample ? PanelTable.SampleNotice : "suficiente"),
        ]);
        return cells;
    }

    // Six decimals hide floating-point noise (0.30000000000000004) and keep every figure a reader could need.
    private static double? Exact(double? value) => value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;
}
