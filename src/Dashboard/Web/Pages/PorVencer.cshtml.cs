using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Por vencer y vencidas: the engine's alert list (open petitions due within 5 business days of the cut-off, or
/// overdue), by dependency and oldest due first. The page shows the first rows; the download gives them all.
/// Below them, the riesgo de vencimiento: the dependencies that would let petitions expire at their recent pace.
/// </summary>
public sealed class PorVencerModel(DashboardServices services) : DashboardPageModel(services)
{
    /// <summary>How many alerts the page lists (the counts and the download cover all of them).</summary>
    public const int ShownRows = 500;

    public override bool HasCharts => true;

    public ReportTable? Alerts { get; private set; }

    public ReportTable? Dependencies { get; private set; }

    public long Total { get; private set; }

    public long Overdue { get; private set; }

    public ChartHtml? Chart { get; private set; }

    /// <summary>The dependencies that, at their recent pace, would let petitions expire in the next 4 weeks.</summary>
    public Shared.ExpiryRiskView? Risk { get; private set; }

    public IActionResult OnGet()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        if (SummarizeAlerts(PanelRequest.For(Filters, DependencyShown), ShownRows) is not { } summary)
            return Page();
        var cutOff = Filters.CutOff;
        var dependency = DependencyShown;
        // The riesgo de vencimiento is estimated by dependency over the whole Warehouse, not yet per entity.
        if (!OneEntityOfSeveral)
            Risk = Cached(Shared.ExpiryRiskView.CacheKey(cutOff, dependency), () => Shared.ExpiryRiskView.Of(Warehouse, cutOff, dependency));
        Total = summary.Total;
        Overdue = summary.Overdue;
        Alerts = AlertTables.Alerts(summary.First);
        Dependencies = AlertTables.Dependencies(summary.Dependencies);
        var overdue = summary.Dependencies.Where(d => d.Overdue > 0).OrderByDescending(d => d.Overdue).ToList();
        Chart = CachedChart("vencidas", () => overdue.Count == 0 ? null
            : Charts.Bar("Peticiones vencidas sin respuesta por dependencia", overdue.Select(d => d.Dependency).ToList(),
                overdue.Select(d => (double)d.Overdue).ToList(), "Peticiones",
                links: overdue.Select(d => LinkToDependency("/por-vencer", d.Dependency)).ToList()));
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        ReportTable? table = tabla switch
        {
            AlertTables.AlertsKey => List() is { } alerts ? AlertTables.Alerts(alerts) : null,
            AlertTables.DependenciesKey => List() is { } alerts ? AlertTables.Dependencies(alerts) : null,
            _ => null,
        };
        if (table is null || TableDownload.File(table, formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) =>
        format => LinkWithFilters("/por-vencer/descargar", ("tabla", table), ("formato", format));

    private IReadOnlyList<PetitionAlert>? List() =>
        Measured(() => PetitionAlerts.List(Warehouse, PanelRequest.For(Filters, DependencyShown)));
}
