using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Quality;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Quality;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Calidad de datos: what the loads did (runs, quarantine) and where the source systems' due dates disagree with
/// the ones computed here. Needs no indicator engine. The disagreements list petitions, so the dependency rule applies.
/// </summary>
public sealed class CalidadModel(DataQuality quality, DashboardServices services) : DashboardPageModel(services)
{
    private const int ShownRows = 200;
    private const int ShownDisagreements = 500;
    private const int DownloadedRows = 100_000;

    public override bool HasCharts => true;

    public string Order { get; private set; } = "diferencia";

    public ReportTable Runs { get; private set; } = null!;

    public ReportTable Reasons { get; private set; } = null!;

    public ReportTable Quarantine { get; private set; } = null!;

    public ReportTable Disagreements { get; private set; } = null!;

    public long DisagreementTotal { get; private set; }

    public IReadOnlyList<ChartHtml> RunCharts { get; private set; } = [];

    public ChartHtml? DifferenceChart { get; private set; }

    public IActionResult OnGet([FromQuery(Name = "orden")] string? orden)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        Order = DueDateDisagreements.Orders.ContainsKey(orden ?? "") ? orden! : "diferencia";

        // Every answer here changes only when a load begins or ends, which moves the data version: all are kept.
        var runs = Cached("cargas", () => quality.Runs(ShownRows));
        var reasons = Cached("motivos", () => quality.QuarantineReasons());
        // The one query that reads the fact table: kept per data version like the indicators. Its filters are the
        // engine's, so a value no dimension has is refused in Spanish above the page, as on the indicator pages.
        var disagreements = Measured(() => Cached(Caching.RequestKey.Join("discrepancias", Filters.ToQueryString(), DependencyShown, Order, ShownDisagreements),
            () => quality.DueDateDisagreements(Filters, DependencyShown, Order, ShownDisagreements))) ?? DisagreementList.None;
        Runs = QualityTables.Runs(runs);
        Reasons = QualityTables.Reasons(reasons);
        Quarantine = QualityTables.Quarantine(Cached("cuarentena", () => quality.LatestQuarantined(ShownRows)));
        Disagreements = QualityTables.Disagreements(disagreements.Rows);
        DisagreementTotal = disagreements.Total;

        var today = Today;
        var days = Cached("cargas-por-dia" + today.DayNumber, () => quality.LoadsPerDay(today));
        var loads = CachedChart("cargas", () => days.Count == 0 ? null
            : Charts.LineTrend("Filas leídas y en cuarentena por día (últimos 60 días)",
            [
                new ChartSeries("Leídas", days.Select(d => d.Day).ToList(), days.Select(d => (double)d.RowsRead).ToList()),
                new ChartSeries("En cuarentena", days.Select(d => d.Day).ToList(), days.Select(d => (double)d.RowsQuarantined).ToList()),
            ], "Filas"));
        var byReason = CachedChart("motivos", () =>
        {
            if (reasons.Count == 0)
                return null;
            var top = reasons.GroupBy(r => r.Reason).Select(g => (Reason: g.Key, Rows: g.Sum(r => r.Rows)))
                .OrderByDescending(r => r.Rows).Take(10).ToList();
            return Charts.Bar("Filas en cuarentena por motivo (los 10 más frecuentes)",
                top.Select(r => r.Reason).ToList(), top.Select(r => (double)r.Rows).ToList(), "Filas");
        });
        RunCharts = new[] { loads, byReason }.OfType<ChartHtml>().ToList();
        DifferenceChart = CachedChart("diferencias-" + Order, () =>   // the rows shown depend on the order
        {
            var differences = disagreements.Rows.Where(r => r.BusinessDays is not null).Select(r => (double)r.BusinessDays!.Value).ToList();
            return differences.Count == 0 ? null
                : Charts.Histogram("Diferencia entre el vencimiento de la fuente y el calculado", differences, "Días hábiles (fuente − calculado)");
        });
        return Page();
    }

    /// <summary>A table of this page, whole (not only the rows shown), as XLSX or CSV, with the same filters and access rule.</summary>
    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato,
        [FromQuery(Name = "orden")] string? orden)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        ReportTable? table = tabla switch
        {
            QualityTables.RunsKey => QualityTables.Runs(quality.Runs(DownloadedRows)),
            QualityTables.ReasonsKey => QualityTables.Reasons(quality.QuarantineReasons()),
            QualityTables.QuarantineKey => QualityTables.Quarantine(quality.LatestQuarantined(DownloadedRows)),
            QualityTables.DisagreementsKey => QualityTables.Disagreements(
                (Measured(() => quality.DueDateDisagreements(Filters, DependencyShown, orden, DownloadedRows)) ?? DisagreementList.None).Rows),
            _ => null,
        };
        if (table is null || TableDownload.File(table, formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) =>
        format => LinkWithFilters("/calidad/descargar", ("tabla", table), ("formato", format), ("orden", Order));

    public string SortLink(string order) => LinkWithFilters("/calidad", ("orden", order)) + "#vencimientos";
}
