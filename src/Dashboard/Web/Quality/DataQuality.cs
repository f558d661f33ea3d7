using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Indicators.Quality;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.Loads;

namespace IndicadoresServicio.Dashboard.Web.Quality;

/// <summary>
/// What the Calidad de datos page reads: the ETL's run log, its quarantine, and the petitions whose due date the
/// source system computed differently. Loads and quarantine are not petitions (a quarantined row never reached a
/// dependency), so only the disagreements take the petition filters.
/// </summary>
public sealed class DataQuality(Warehouse warehouse)
{
    public IReadOnlyList<EtlRunRow> Runs(int limit = 100) => LoadHistory.Runs(warehouse, limit);

    /// <summary>Rows read per day over the last <paramref name="days"/> days up to <paramref name="today"/>.</summary>
    public IReadOnlyList<DailyLoad> LoadsPerDay(DateOnly today, int days = 60) => LoadHistory.PerDay(warehouse, today, days);

    public IReadOnlyList<ReasonCount> QuarantineReasons() =>
        QuarantineHistory.Groups(warehouse)
            .GroupBy(g => (Kind: QuarantineReason.Of(g.Code)?.Title ?? ReasonKind.Of(g.Reason ?? ""), Column: g.ColumnName))
            .Select(g => new ReasonCount(g.Key.Kind, g.Key.Column, g.Sum(x => x.Rows), g.Select(x => x.FileName).Distinct().LongCount()))
            .OrderByDescending(r => r.Rows).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<QuarantinedRow> LatestQuarantined(int limit = 200) => QuarantineHistory.Latest(warehouse, limit);

    /// <param name="dependency">The dependency after access rules (null: all).</param>
    /// <param name="order">A key of <see cref="Indicators.Quality.DueDateDisagreements.Orders"/>.</param>
    public DisagreementList DueDateDisagreements(DashboardFilters filters, string? dependency, string? order, int limit = 500) =>
        Indicators.Quality.DueDateDisagreements.List(warehouse, PanelRequest.For(filters, dependency), order, limit);
}
