using System.Globalization;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Paac;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Paac;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// PAAC: the anti-corruption plan's follow-up for a vigencia at an OCI cut-off: progress per component with its zone,
/// per dependency, the lagging activities (responsable, observations, "sin reporte"), the three cut-offs side by side
/// and the trend across vigencias. Query: <c>vigencia</c> (default: the latest loaded) and <c>corte</c> (default: the
/// vigencia's latest cut-off that has passed).
/// </summary>
public sealed class PaacModel(DashboardServices services) : DashboardPageModel(services)
{
    public override bool HasCharts => true;

    // Its figures are not measured per entity yet (see DashboardPageModel.FiguresByEntity).
    public override bool FiguresByEntity => false;

    /// <summary>Every activity of a dependency is public information of the plan: the page lists them for every role.</summary>
    public override bool ShowsDependencyDetail => false;

    public IReadOnlyList<int> Vigencias { get; private set; } = [];

    public int Vigencia { get; private set; }

    public DateOnly CutOff { get; private set; }

    public PaacFigures? Figures { get; private set; }

    public ChartHtml? Chart { get; private set; }

    public ChartHtml? TrendChart { get; private set; }

    public IActionResult OnGet()
    {
        if (Load() is { } refused)
            return refused;
        if (Figures is not { IsEmpty: false } f)
            return Page();
        var components = f.Components.Select(c => (c.Name, Value: PaacFigures.Of(f.ByComponent, SliceName.Component, c.Name, IndicatorCode.PaacProgress)?.Value)).ToList();
        Chart = CachedChart($"paac-{Vigencia}-{CutOff}", () => Charts.Bar($"Avance por componente al {PaacTables.Date(CutOff)} (%)",
            components.Select(c => c.Name).ToList(), components.Select(c => Math.Round((c.Value ?? 0) * 100, 1)).ToList(), "% de avance"));
        if (f.Trend is { Results.Count: > 1 } trend)
            TrendChart = CachedChart($"paac-tendencia-{Vigencia}-{CutOff}", () => Charts.Bar("Avance del plan por vigencia (%)",
                trend.Results.Select(r => r.SliceValueOf(SliceName.Vigencia)!).ToList(),
                trend.Results.Select(r => Math.Round((r.Value ?? 0) * 100, 1)).ToList(), "% de avance", horizontal: false));
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato)
    {
        if (Load() is { } refused)
            return refused;
        if (Figures is not { } f)
            return NotFound();
        ReportTable? table = tabla switch
        {
            PaacTables.ComponentsKey => PaacTables.Components(f),
            PaacTables.DependenciesKey => PaacTables.Dependencies(f),
            PaacTables.LaggingKey => PaacTables.Lagging(f),
            PaacTables.CutOffsKey => PaacTables.CutOffs(f),
            PaacTables.FollowUpKey => PaacTables.FollowUp(f),
            _ => null,
        };
        if (table is null || TableDownload.File(table, formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) =>
        format => $"/paac/descargar?vigencia={Vigencia}&desde={Vigencia}-01-01&hasta={Vigencia}-12-31&corte={Iso(CutOff)}&tabla={table}&formato={format}";

    private IActionResult? Load()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        Vigencias = Cached("paac-vigencias", () => (IReadOnlyList<int>)PaacActivities.Vigencias(Warehouse).ToList());
        if (Vigencias.Count == 0)
            return null;
        Vigencia = int.TryParse(Request.Query["vigencia"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && Vigencias.Contains(asked)
            ? asked : Vigencias[^1];
        if (WholeYearQuery(Vigencia) is { } whole)   // the cut-off may fall after the vigencia (its December follow-up is read in January)
            return Redirect(whole);
        CutOff = Request.Query.ContainsKey("corte") ? Filters.CutOff : PaacActivities.DefaultCutOff(Vigencia, Today);
        if (CutOff.Year < Vigencia)
        {
            Warn($"La fecha de corte ({Iso(CutOff)}) es anterior a la vigencia {Vigencia}; se muestra su primer corte.");
            CutOff = PaacActivities.CutOffs(Vigencia)[0];
        }
        var (vigencia, cutOff) = (Vigencia, CutOff);
        Figures = Measured(() => Cached($"paac-{vigencia}-{Iso(cutOff)}", () => PaacFigures.Measure(Warehouse, Targets, vigencia, cutOff)));
        return null;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
