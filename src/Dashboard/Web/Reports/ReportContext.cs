using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// What every report is built from: the warehouse (read-only), the targets and who signs it; and, in a warehouse
/// holding several entities (a gobernación's), the one entity the report is about, which every measure then names.
/// </summary>
public sealed record ReportContext(Warehouse Warehouse, Targets Targets, ReportIdentity Identity, EntityScope? Entity = null)
{
    /// <summary>
    /// The same report confined to <paramref name="scope"/>'s entity. Where the warehouse holds other entities too,
    /// the report is headed with that entity's name rather than the installation's (the gobernación's).
    /// </summary>
    public ReportContext ConfinedTo(EntityScope? scope) =>
        scope is null ? this : this with { Entity = scope, Identity = scope.Shared ? Identity with { EntityName = scope.Name } : Identity };

    /// <summary>True when the report is one entity's among others: sections not yet measured per entity are left out.</summary>
    public bool SharesWarehouse => Entity is { Shared: true };

    public Panel Measure(Period period, DateOnly cutOff, IReadOnlyList<IndicatorCode>? indicators = null, IReadOnlyList<SliceName>? slices = null,
        string? dependency = null) =>
        IndicatorPanel.Measure(Warehouse, Scoped(period, cutOff, indicators, slices, dependency), Targets);

    /// <summary><see cref="Request"/> confined to the report's entity, when it has one.</summary>
    public MeasurementRequest Scoped(Period period, DateOnly cutOff, IReadOnlyList<IndicatorCode>? indicators = null,
        IReadOnlyList<SliceName>? slices = null, string? dependency = null)
    {
        var request = Request(period, cutOff, indicators, slices, dependency);
        return Entity is { Shared: true } scope ? request with { Filters = [new SliceFilter(SliceName.Entity, scope.Name), .. request.Filters ?? []] } : request;
    }

    public static MeasurementRequest Request(Period period, DateOnly cutOff, IReadOnlyList<IndicatorCode>? indicators = null,
        IReadOnlyList<SliceName>? slices = null, string? dependency = null) =>
        new(period, cutOff, indicators, slices, dependency is null ? [] : [new SliceFilter(SliceName.Dependency, dependency)]);

    /// <summary>The dependencies with petitions in the period, in Spanish alphabetical order (the comité pack's fichas).</summary>
    public IReadOnlyList<string> Dependencies(Period period, DateOnly cutOff) =>
        Measure(period, cutOff, [IndicatorCode.Volume], [SliceName.Dependency]).Results
            .Where(r => r.Value > 0)
            .Select(r => r.SliceValueOf(SliceName.Dependency)!)
            .ToList();

    /// <summary>The note a section not yet measured per entity prints instead of another entity's figures.</summary>
    public const string NotPerEntity = "Esta sección todavía no se calcula por entidad en una bodega con varias entidades: se omite.";
}
