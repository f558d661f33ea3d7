using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>What every report is built from: the warehouse (read-only), the targets and who signs it.</summary>
public sealed record ReportContext(Warehouse Warehouse, Targets Targets, ReportIdentity Identity)
{
    public Panel Measure(Period period, DateOnly cutOff, IReadOnlyList<string>? indicators = null, IReadOnlyList<string>? slices = null,
        string? dependency = null) =>
        IndicatorPanel.Measure(Warehouse, Request(period, cutOff, indicators, slices, dependency), Targets);

    public static MeasurementRequest Request(Period period, DateOnly cutOff, IReadOnlyList<string>? indicators = null,
        IReadOnlyList<string>? slices = null, string? dependency = null) =>
        new(period, cutOff, indicators, slices, dependency is null ? [] : [new SliceFilter("dependencia", dependency)]);

    /// <summary>The dependencies with petitions in the period, in Spanish alphabetical order (the comité pack's fichas).</summary>
    public IReadOnlyList<string> Dependencies(Period period, DateOnly cutOff) =>
        Measure(period, cutOff, ["PQ-VOL"], ["dependencia"]).Results
            .Where(r => r.Value > 0)
            .Select(r => r.SliceValueOf("dependencia")!)
            .ToList();
}
