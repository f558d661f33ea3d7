using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// The petitions behind a figure: where a chart's bar or point leads (drill-down), with the same filters as the
/// figure. Radicado, dependency, type, channel, topic, dates and status at the cut-off; nothing personal (the
/// warehouse holds nothing personal). Dependency detail, so a secretaría sees only its own.
/// </summary>
public sealed class DetalleModel(DashboardServices services) : DashboardPageModel(services)
{
    public const int ShownRows = 500;

    /// <summary>A download of a whole year of a large municipality would be millions of rows: the first ones, said so.</summary>
    public const int DownloadRows = 100_000;

    public ReportTable? Petitions { get; private set; }

    public long Total { get; private set; }

    public IActionResult OnGet()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        if (Measured(() => ListingCache(ShownRows)) is not { } page)
            return Page();
        Total = page.Total;
        Petitions = ListingTables.Petitions(page.First);
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "formato")] string? formato)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        if (Measured(() => PetitionListing.List(Warehouse, PanelRequest.For(Filters, DependencyShown), DownloadRows)) is not { } page
            || TableDownload.File(ListingTables.Petitions(page.First), formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> Download => format => LinkWithFilters(PetitionsPath + "/descargar", ("formato", format));

    private PetitionPage ListingCache(int take)
    {
        var request = PanelRequest.For(Filters, DependencyShown);
        return Cached(Caching.RequestKey.Of("detalle", request, take), () => PetitionListing.List(Warehouse, request, take));
    }
}
