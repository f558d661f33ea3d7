using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Resumen: every petition indicator of the period at the cut-off, with its target, traffic light and change against
/// the previous comparable period, and the volume by month. A secretaría sees its own dependency's figures; the
/// despacho also sees the dependencies at risk of letting petitions expire and the unusual rises in arrivals.
/// </summary>
public sealed class IndexModel(DashboardServices services) : DashboardPageModel(services)
{
    public override bool HasCharts => true;

    public Panel? Panel { get; private set; }

    public ReportTable? Indicators { get; private set; }

    public ChartHtml? VolumeTrend { get; private set; }

    /// <summary>The development plan's PD-EF for the cut-off's year, for the despacho and the comité; null for others or with no plan loaded.</summary>
    public IndicatorResult? PlanEfficacy { get; private set; }

    /// <summary>The dependencies at risk of letting petitions expire, for the despacho; null for others.</summary>
    public Shared.ExpiryRiskView? Risk { get; private set; }

    /// <summary>The series whose arrivals passed their forecast's upper bound, for the despacho; null for others.</summary>
    public Shared.UnusualRiseView? Rise { get; private set; }

    public IActionResult OnGet()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        var requests = PanelRequest.Summary(Filters, DependencyShown);
        Panel = MeasurePanel(requests[0]);
        if (Panel is null)
            return Page();
        Indicators = SummaryTables.Indicators(Panel);
        if (CurrentUser.Role is Warehousing.Accounts.Roles.Committee or Warehousing.Accounts.Roles.MayorsOffice && !OneEntityOfSeveral)
            PlanEfficacy = MeasurePanel(Plan.PlanFigures.Requests(Filters.CutOff.Year, Filters.CutOff, null)[0])?.Results
                .FirstOrDefault(r => r.Code == IndicatorCode.PlanEfficacy && r.Value is not null);
        if (CurrentUser.Role is Warehousing.Accounts.Roles.MayorsOffice && !OneEntityOfSeveral)
        {
            var cutOff = Filters.CutOff;
            var dependency = DependencyShown;
            Risk = Cached(Shared.ExpiryRiskView.CacheKey(cutOff, dependency), () => Shared.ExpiryRiskView.Of(Warehouse, cutOff, dependency));
            Rise = Cached(Shared.UnusualRiseView.CacheKey(cutOff, dependency), () => Shared.UnusualRiseView.Of(Warehouse, cutOff, dependency));
        }
        var months = MeasurePanel(requests[1]);
        if (months is { Results.Count: > 0 })
            VolumeTrend = CachedChart("volumen", () =>
            {
                var ordered = months.Results.OrderBy(r => r.SliceValueOf(SliceName.Month), StringComparer.Ordinal).ToList();
                var firstDays = ordered.Select(r => Months.FirstDay(r.SliceValueOf(SliceName.Month)!)).ToList();
                return Charts.LineTrend("Peticiones radicadas por mes",
                    [new ChartSeries("Radicadas", firstDays, ordered.Select(r => r.Value ?? 0).ToList(), firstDays.Select(d => LinkToPetitions(MonthOf(d))).ToList())],
                    "Peticiones");
            });
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        if (tabla != SummaryTables.IndicatorsKey
            || MeasurePanel(PanelRequest.For(Filters, DependencyShown)) is not { } panel
            || TableDownload.File(SummaryTables.Indicators(panel), formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) =>
        format => LinkWithFilters("/", ("handler", "descargar"), ("tabla", table), ("formato", format));

    /// <summary>Where a card leads: the alert list for PQ-PEND, the Satisfacción page for SA-*, the petitions page for the rest.</summary>
    public string DetailOf(IndicatorResult result) =>
        LinkWithFilters(result.Code == IndicatorCode.DueSoon ? "/por-vencer" : result.Indicator.Source == MeasureSources.Surveys ? "/satisfaccion" : "/peticiones");

    /// <summary>The words of a card's link: what the figure counts.</summary>
    public static string DetailWords(IndicatorResult result) =>
        result.Indicator.Source == MeasureSources.Surveys ? "Ver encuestas" : "Ver peticiones";

    public string ComparisonOf(IndicatorResult result) =>
        LinkWithFilters("/comparacion", ("indicador", result.Code.Text));
}
