using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Comparación de dependencias: one indicator's ranking of every dependency, each against the whole entity.
/// Aggregates only, so every role sees every dependency here; the links to a dependency's petitions are offered
/// only where the user may open that detail.
/// </summary>
public sealed class ComparacionModel(DashboardServices services) : DashboardPageModel(services)
{
    public const string IndicatorKey = "indicador";
    public static readonly IndicatorCode DefaultIndicator = IndicatorCode.OnTime;

    /// <summary>Aggregates of every dependency: a secretaría sees the others here, only not their detail.</summary>
    public override bool ShowsDependencyDetail => false;

    public override bool HasCharts => true;

    public IndicatorDefinition Indicator { get; private set; } = IndicatorCatalogue.Find(DefaultIndicator)!;

    public override PageChoice PageChoice => new(IndicatorKey, "Indicador",
        IndicatorCatalogue.All.Where(i => i.Source == MeasureSources.Petitions).Select(i => new Choice(i.Code.Text, $"{i.Code} · {i.Name}")).ToList(), Indicator.Code.Text);

    public IndicatorResult? Entity { get; private set; }

    public ReportTable? Ranking { get; private set; }

    public ChartHtml? Chart { get; private set; }

    public IActionResult OnGet([FromQuery(Name = IndicatorKey)] string? indicador)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        ChooseIndicator(indicador);
        if (Measure() is not { } ranked)
            return Page();
        Ranking = RankingTables.Ranking(Indicator, ranked, Entity?.Value, d => LinkToDependency("/peticiones", d));
        Chart = CachedChart("ranking", () =>
        {
            var valued = ranked.Where(r => r.Value is not null).ToList();
            if (valued.Count == 0)
                return null;
            // The entity first, as the bar every dependency is read against.
            var names = new List<string> { "Toda la entidad" };
            var values = new List<double> { IndicatorText.Shown(Indicator.Unit, Entity?.Value) ?? 0 };
            // A secretaría sees only aggregates of the others: the whole entity's petitions are not its to open.
            var links = new List<string?> { CurrentUser.Role == Warehousing.Accounts.Roles.Secretariat ? null : LinkToPetitions(Filters with { Dependency = null }) };
            names.AddRange(valued.Select(r => r.Dependency));
            values.AddRange(valued.Select(r => IndicatorText.Shown(Indicator.Unit, r.Value)!.Value));
            links.AddRange(valued.Select(r => LinkToPetitions(Filters with { Dependency = r.Dependency })));
            return Charts.Bar($"{Indicator.Name} por dependencia, mejor primero", names, values, Unit, links: links);
        });
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = IndicatorKey)] string? indicador, [FromQuery(Name = "tabla")] string? tabla,
        [FromQuery(Name = "formato")] string? formato)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        ChooseIndicator(indicador);
        if (tabla != RankingTables.RankingKey || Measure() is not { } ranked
            || TableDownload.File(RankingTables.Ranking(Indicator, ranked, Entity?.Value, _ => null), formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public string Unit => IndicatorText.UnitWord(Indicator.Unit);

    public Func<string, string> DownloadOf(string table) =>
        format => LinkWithFilters("/comparacion/descargar", (IndicatorKey, Indicator.Code.Text), ("tabla", table), ("formato", format));

    /// <summary>Only a code of the catalogue is measured; anything else falls back to the default with a Spanish note.</summary>
    private void ChooseIndicator(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return;
        // Petitions only: the plan is compared by dependency on its own page (/plan).
        if (IndicatorCatalogue.Find(IndicatorCode.Parse(code)) is { } found && found.Source == MeasureSources.Petitions)
            Indicator = found;
        else
            Warn($"El indicador «{(code.Length > 20 ? code[..20] + "…" : code)}» no existe; se compara {DefaultIndicator}. Indicadores: {IndicatorCatalogue.Codes}.");
    }

    /// <summary>The ranking and the entity's value, over the filters but every dependency (the comparison's point).</summary>
    private IReadOnlyList<RankedDependency>? Measure()
    {
        var request = PanelRequest.For(Filters, dependency: null, [Indicator.Code]);
        Entity = MeasurePanel(request)?.Results.FirstOrDefault();
        return Entity is null ? null : RankDependencies(request, Indicator.Code);
    }
}
