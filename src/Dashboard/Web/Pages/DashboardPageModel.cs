using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Dashboard.Web.Caching;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// What every dashboard page shares: the signed-in user, the filters read from the query string (with their
/// Spanish complaints), the options of the filter bar, and the dependency rule: a page that shows one dependency's
/// detail answers 403 to a user who may not see it.
/// </summary>
public abstract class DashboardPageModel(DashboardServices services) : PageModel
{
    public DashboardUser CurrentUser => DashboardUser.From(User) ?? throw new InvalidOperationException("Página sin usuario: la política de acceso falló.");

    public DashboardFilters Filters { get; private set; } = DashboardFilters.Defaults(DateOnly.MinValue);

    public IReadOnlyList<string> FilterErrors { get; private set; } = [];

    public FilterChoices Choices { get; private set; } = new([], [], [], []);

    /// <summary>The dependency whose detail the page shows once access rules are applied; null for all of them.</summary>
    public string? DependencyShown { get; private set; }

    /// <summary>The page lists petitions of a dependency (not only aggregates), so its access rule applies.</summary>
    public virtual bool ShowsDependencyDetail => true;

    /// <summary>The layout loads plotly.js only on pages that draw charts.</summary>
    public virtual bool HasCharts => false;

    public DateOnly Today => services.Clock.Today;

    /// <summary>Reads the filters and applies the dependency rule; a result (403) when the user may not see what was asked.</summary>
    protected IActionResult? ApplyFilters()
    {
        var parsed = DashboardFilters.Parse(Request.Query, Today);
        Filters = parsed.Filters;
        var warehouse = Warehouse;
        Choices = Cached("opciones", () => FilterChoices.Load(warehouse));
        FilterErrors = [.. parsed.Errors, .. Choices.Check(Filters)];
        var user = CurrentUser;
        if (ApplyEntityScope(user) is { } outside)
            return outside;
        DependencyShown = Filters.Dependency ?? Access.DefaultDependency(user);
        if (ShowsDependencyDetail && !Access.CanSeeDependency(user, DependencyShown))
            return Forbid();
        return null;
    }

    /// <summary>The one entity the user's figures are confined to; null when it sees every entity.</summary>
    public EntityScope? EntityScope { get; private set; }

    /// <summary>
    /// The page's figures follow the «entidad» filter into every query. The PAAC, plan and forecast pages do not yet,
    /// so a user confined to one entity of several gets 403 there rather than another municipality's figures.
    /// </summary>
    public virtual bool FiguresByEntity => true;

    /// <summary>
    /// The entity rule: a user confined to an entity gets 403 for another one, and when the warehouse holds others
    /// too its filters name its own, so every query, download and chart link stays inside it.
    /// </summary>
    private IActionResult? ApplyEntityScope(DashboardUser user)
    {
        var grant = Access.EntityScopeOf(user, Choices.Entities.Select(c => c.Value).ToList());
        EntityScope = grant.Scope;
        if (grant.Refused)
            return Forbid();
        if (grant.Scope is not { } scope)
            return null;
        if (Filters.Entity is not null && !scope.Allows(Filters.Entity))
            return Forbid();
        if (!scope.Shared)
            return null;
        if (!FiguresByEntity)
            return Forbid();
        Filters = Filters with { Entity = scope.Name };
        return null;
    }

    /// <summary>
    /// The page shows one entity of several: figures not measured per entity yet (the riesgo de vencimiento, the
    /// plan's efficacy) are left out rather than mixing other municipalities in.
    /// </summary>
    protected bool OneEntityOfSeveral => Filters.Entity is not null && Choices.Entities.Count > 1;

    /// <summary>The entities the filter bar offers: a user confined to one, only that one.</summary>
    public IReadOnlyList<Choice> EntityChoices =>
        EntityScope is { } scope ? Choices.Entities.Where(c => scope.Allows(c.Value)).ToList() : Choices.Entities;

    /// <summary>
    /// Runs a measurement of the indicator engine. What it refuses in Spanish (a cut-off inside the period, a value
    /// no dimension has) joins the filter complaints above the page, which then shows no figures rather than a 500.
    /// </summary>
    protected T? Measured<T>(Func<T> measure) where T : class
    {
        try
        {
            return measure();
        }
        catch (MeasurementException e)
        {
            Warn(e.Message);
            return null;
        }
    }

    private ResultCache Cache => services.Cache;

    private DataVersion? _version;

    /// <summary>Read once per request: every answer of one page comes from the same data.</summary>
    private DataVersion Version => _version ??= DataVersion.Read(services.Warehouse);

    /// <summary>Any answer kept per data version under <paramref name="key"/> (a <see cref="RequestKey"/> or a page's own name).</summary>
    protected T Cached<T>(string key, Func<T> compute) where T : class => Cache.Get(Version, key, compute);

    /// <summary>The indicator panel for <paramref name="request"/>, from the cache when this data version already answered it.</summary>
    protected Panel? MeasurePanel(MeasurementRequest request) => Measured(() => CachedPanel(request));

    /// <summary>
    /// Computes several panels side by side into the cache: on a large warehouse a page's first view then waits for
    /// its slowest query, not for the sum of them. The page reads them afterwards as usual, where a refusal
    /// (<see cref="MeasurementException"/>, never cached) is raised again and shown.
    /// </summary>
    protected void Prefetch(IReadOnlyList<MeasurementRequest> requests)
    {
        // Everything the workers need is taken from the request here, on the request's thread: HttpContext (and its
        // RequestServices) is not thread-safe, so no worker may touch it.
        var (cache, version, warehouse, targets) = (Cache, Version, Warehouse, Targets);
        Parallel.ForEach(requests, request =>
        {
            try
            {
                EngineAnswers.Panel(cache, version, warehouse, targets, request);
            }
            catch (MeasurementException)
            {
            }
        });
    }

    private Panel CachedPanel(MeasurementRequest request) => EngineAnswers.Panel(Cache, Version, Warehouse, Targets, request);

    /// <summary>The dependency ranking of one indicator, cached like <see cref="MeasurePanel"/>.</summary>
    protected IReadOnlyList<RankedDependency>? RankDependencies(MeasurementRequest request, IndicatorCode indicator) =>
        Measured(() => EngineAnswers.Ranking(Cache, Version, Warehouse, Targets, request, indicator));

    /// <summary>The alert list's counts and first rows, cached like <see cref="MeasurePanel"/>.</summary>
    protected AlertSummary? SummarizeAlerts(MeasurementRequest request, int take) =>
        Measured(() => EngineAnswers.Alerts(Cache, Version, Warehouse, request, take));

    /// <summary>The warehouse every figure of the page comes from.</summary>
    protected Warehouse Warehouse => services.Warehouse;

    /// <summary>The installation's targets and bands (config/metas.json).</summary>
    protected Targets Targets => services.Targets;

    /// <summary>A Spanish complaint about what the URL asked, shown with the filter ones.</summary>
    /// <summary>
    /// A page whose period is a year (the plan's year, the PAAC's vigencia) and whose cut-off may fall inside it or
    /// after it: the shared filters read that period as desde/hasta. A link or form that names only the year
    /// (<c>/plan?anio=2024&amp;corte=2024-09-30</c>) is sent on to the same view with the year's bounds written out,
    /// so a copied link shows the same; null when they are there.
    /// </summary>
    protected string? WholeYearQuery(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        if (Request.Query[DashboardFilters.FromKey] == DashboardFilters.Iso(from) && Request.Query[DashboardFilters.ToKey] == DashboardFilters.Iso(to))
            return null;
        var pairs = Request.Query.Where(p => p.Key is not (DashboardFilters.FromKey or DashboardFilters.ToKey))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new(DashboardFilters.FromKey, DashboardFilters.Iso(from)))
            .Append(new(DashboardFilters.ToKey, DashboardFilters.Iso(to)));
        return Request.Path.Value + QueryString.Create(pairs).ToUriComponent();
    }

    protected void Warn(string message)
    {
        if (!FilterErrors.Contains(message))
            FilterErrors = [.. FilterErrors, message];
    }

    /// <summary>The dependencies the filter bar offers: a secretaría only its own, since the others' detail is not for it.</summary>
    public IReadOnlyList<Choice> DependencyChoices =>
        CurrentUser.Role == Warehousing.Accounts.Roles.Secretariat
            ? Choices.Dependencies.Where(c => Access.CanSeeDependency(CurrentUser, c.Value)).ToList()
            : Choices.Dependencies;

    /// <summary>A choice of its own a page adds to the filter form (the indicator compared); null for none.</summary>
    public virtual PageChoice? PageChoice => null;

    /// <summary>
    /// The drill-down to <paramref name="dependency"/>'s petitions on <paramref name="path"/>, the other filters kept;
    /// null when the user may not open that detail (a secretaría and another dependency), so no link leads to a 403.
    /// </summary>
    public string? LinkToDependency(string path, string dependency) =>
        Access.CanSeeDependency(CurrentUser, dependency) ? path + (Filters with { Dependency = dependency }).ToQueryString() : null;

    /// <summary>
    /// The drill-down to the petitions behind a figure: the detail page with <paramref name="filters"/> (the page's own,
    /// narrowed to the clicked member). Null when the user may not see that dependency's detail.
    /// </summary>
    public string? LinkToPetitions(DashboardFilters filters) =>
        Access.CanSeeDependency(CurrentUser, filters.Dependency ?? DependencyShown) ? PetitionsPath + filters.ToQueryString() : null;

    public const string PetitionsPath = "/peticiones/detalle";

    /// <summary>The petitions filed in one month of the period (a trend's point), the period's bounds kept.</summary>
    public DashboardFilters MonthOf(DateOnly firstDay)
    {
        var lastDay = firstDay.AddMonths(1).AddDays(-1);
        return Filters with { From = firstDay < Filters.From ? Filters.From : firstDay, To = lastDay > Filters.To ? Filters.To : lastDay };
    }

    /// <summary>
    /// A chart drawn once per data version and view: Plotly.NET's rendering costs more than reading cached figures,
    /// so it is kept too. The key holds everything the chart depends on: the page, its filters and choice, and the
    /// user's access (its drill-down links differ by role and dependency).
    /// </summary>
    protected ChartHtml? CachedChart(string name, Func<ChartHtml?> draw)
    {
        var key = RequestKey.Join(Request.Path.Value, Filters.ToQueryString(), DependencyShown, PageChoice?.Selected,
            CurrentUser.Role, CurrentUser.Dependency, name);
        return Cached<ChartBox>("grafico" + key, () => new ChartBox(draw())).Chart;
    }

    /// <summary>A chart or its absence, so "nothing to draw" is cached as well.</summary>
    private sealed record ChartBox(ChartHtml? Chart);

    /// <summary>This page's URL with the current filters, plus <paramref name="extra"/> pairs (a download's table and format).</summary>
    public string LinkWithFilters(string path, params (string Key, string Value)[] extra)
    {
        var pairs = extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))
            .Concat(Filters.ToQuery().Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        return path + QueryString.Create(pairs).ToUriComponent();
    }
}
