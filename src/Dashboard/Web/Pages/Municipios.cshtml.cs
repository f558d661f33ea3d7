using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Municipalities;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Municipios (a gobernación's Mesa Departamental): the same indicators for every municipality in the warehouse,
/// ranked by timeliness with their targets' traffic lights, each against a previous period the Mesa chooses (its last
/// meeting's: <c>anterior_desde</c>, <c>anterior_hasta</c>; by default the period of the same length just before) to
/// say who improved, and one municipality's monthly trend (the «entidad» filter, or the first in the ranking).
/// A user confined to one municipality sees its own row only.
/// </summary>
public sealed class MunicipiosModel(DashboardServices services) : DashboardPageModel(services)
{
    public const string PreviousFromKey = "anterior_desde";
    public const string PreviousToKey = "anterior_hasta";

    /// <summary>Whole municipalities: the dependency filter does not apply here.</summary>
    public override bool ShowsDependencyDetail => false;

    public override bool HasCharts => true;

    public MunicipalityComparison? Comparison { get; private set; }

    public ReportTable? Ranking { get; private set; }

    public ChartHtml? RankingChart { get; private set; }

    public string? TrendEntity { get; private set; }

    public ReportTable? Trend { get; private set; }

    public ChartHtml? TrendChart { get; private set; }

    public DateOnly PreviousFrom { get; private set; }

    public DateOnly PreviousTo { get; private set; }

    public IActionResult OnGet()
    {
        if (Load() is { } refused)
            return refused;
        if (Comparison is not { } comparison)
            return Page();
        Ranking = MunicipalityTables.Ranking(comparison, LinkToTown);
        RankingChart = CachedChart("municipios-" + Iso(PreviousFrom) + Iso(PreviousTo), () =>
        {
            var valued = comparison.Rows.Where(r => r.OnTime is not null).ToList();
            return valued.Count == 0 ? null
                : Charts.Bar("Oportunidad de respuesta (PQ-OPO) por municipio, mejor primero", valued.Select(r => r.Entity).ToList(),
                    valued.Select(r => Math.Round(r.OnTime!.Value * 100, 1)).ToList(), "% oportunas", links: valued.Select(r => LinkToTown(r.Entity)).ToList());
        });
        TrendEntity = Filters.Entity is { } chosen ? comparison.Rows.FirstOrDefault(r => Same(r.Entity, chosen))?.Entity ?? chosen : comparison.Rows.FirstOrDefault()?.Entity;
        if (TrendEntity is { } town && MonthlyOf(town) is { } months)
        {
            Trend = MunicipalityTables.Trend(town, months);
            var onTime = months.Where(r => r.Code == IndicatorCode.OnTime && r.Value is not null).OrderBy(r => r.SliceValueOf(SliceName.Month), StringComparer.Ordinal).ToList();
            TrendChart = CachedChart("municipio-tendencia-" + town, () => onTime.Count == 0 ? null
                : Charts.LineTrend($"Oportunidad de respuesta por mes: {town}",
                    [new ChartSeries("Oportunidad", onTime.Select(r => Months.FirstDay(r.SliceValueOf(SliceName.Month)!)).ToList(), onTime.Select(r => r.Value!.Value * 100).ToList())],
                    "%"));
        }
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato)
    {
        if (Load() is { } refused)
            return refused;
        ReportTable? table = null;
        if (Comparison is { } comparison && tabla == MunicipalityTables.RankingKey)
            table = MunicipalityTables.Ranking(comparison, _ => null);
        else if (Comparison is { } c && tabla == MunicipalityTables.TrendKey && (Filters.Entity ?? c.Rows.FirstOrDefault()?.Entity) is { } town
                 && MonthlyOf(town) is { } months)
            table = MunicipalityTables.Trend(town, months);
        if (table is null || TableDownload.File(table, formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) => format => LinkWithFilters("/municipios/descargar",
        ("tabla", table), ("formato", format), (PreviousFromKey, Iso(PreviousFrom)), (PreviousToKey, Iso(PreviousTo)));

    private IActionResult? Load()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        var period = Period.Of(Filters.From, Filters.To);
        var previous = PreviousPeriod(period);
        (PreviousFrom, PreviousTo) = (previous.From, previous.To);
        // Every municipality, unless the user is confined to one (its filters then name it).
        var filters = Filters with { Entity = EntityScope is { Shared: true } ? Filters.Entity : null, Dependency = null };
        var request = PanelRequest.For(filters, dependency: null);
        Comparison = MunicipalityComparison.Measure(MeasurePanel, request, previous);
        return null;
    }

    private IReadOnlyList<IndicatorResult>? MonthlyOf(string town) =>
        MeasurePanel(PanelRequest.For(Filters with { Entity = town, Dependency = null }, null, [IndicatorCode.Volume, IndicatorCode.OnTime], [SliceName.Month]) with { ComparePrevious = false })?.Results;

    /// <summary>The Mesa's previous period from the query string, or the period of the same length just before.</summary>
    private Period PreviousPeriod(Period period)
    {
        var fallback = MunicipalityComparison.Before(period);
        DateOnly? Read(string key, string label)
        {
            var text = Request.Query[key].ToString().Trim();
            if (text.Length == 0)
                return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Warn($"«{label}»: no es una fecha válida; use AAAA-MM-DD. Se compara con el periodo anterior de igual duración.");
            return null;
        }
        var from = Read(PreviousFromKey, "Periodo anterior, desde");
        var to = Read(PreviousToKey, "Periodo anterior, hasta");
        if (from is null || to is null)
            return fallback;
        if (from > to || to >= period.From)
        {
            Warn("El periodo anterior debe terminar antes de que empiece el periodo y no puede empezar después de terminar: se compara con el periodo anterior de igual duración.");
            return fallback;
        }
        return Period.Of(from.Value, to.Value);
    }

    /// <summary>That municipality's trend on this page, the other filters and the previous period kept.</summary>
    private string? LinkToTown(string entity) =>
        EntityScope is { Shared: true } ? null
            : "/municipios" + QueryString.Create((Filters with { Entity = entity, Dependency = null }).ToQuery()
                .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))
                .Append(new(PreviousFromKey, Iso(PreviousFrom))).Append(new(PreviousToKey, Iso(PreviousTo)))).ToUriComponent();

    private static bool Same(string a, string b) => Core.Text.TextKey.Fold(a) == Core.Text.TextKey.Fold(b);

    public static string Iso(DateOnly date) => DashboardFilters.Iso(date);
}
