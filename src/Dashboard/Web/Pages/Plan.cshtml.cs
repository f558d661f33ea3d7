using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Plan;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Plan;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Plan de Desarrollo, for the despacho and the comité: the plan's progress and band for a year at a cut-off; line →
/// program → goal as a treemap coloured by band; by line and by responsible dependency; the rutas críticas (PD-EF under
/// 60 %), worst first; and one goal's detail with its quarterly series (<c>?meta=</c>). A secretaría sees its own goals.
/// </summary>
public sealed class PlanModel(DashboardServices services) : DashboardPageModel(services)
{
    public const string YearKey = "anio";
    public const string GoalKey = "meta";

    public override bool HasCharts => true;

    // Its figures are not measured per entity yet (see DashboardPageModel.FiguresByEntity).
    public override bool FiguresByEntity => false;

    public int Year { get; private set; }

    public PlanFigures? Figures { get; private set; }

    public ChartHtml? Tree { get; private set; }

    public ChartHtml? DependencyChart { get; private set; }

    public GoalSeries? Goal { get; private set; }

    public ChartHtml? GoalChart { get; private set; }

    public IActionResult OnGet([FromQuery(Name = YearKey)] int? anio, [FromQuery(Name = GoalKey)] string? meta)
    {
        if (anio is >= 2000 and <= 2100 && WholeYearQuery(anio.Value) is { } whole)
            return Redirect(whole);
        if (ApplyFilters() is { } refused)
            return refused;
        Year = anio is >= 2000 and <= 2100 ? anio.Value : Filters.CutOff.Year;
        if (Filters.CutOff < new DateOnly(Year, 1, 1))
        {
            Warn($"La fecha de corte ({CellText.Of(Filters.CutOff)}) es anterior al año {Year}: elija un corte dentro del año o después.");
            return Page();
        }
        var warehouse = Warehouse;
        var dependency = DependencyShown;
        var goals = Cached("plan-metas|" + dependency, () => PlanGoalSeries.Read(warehouse, dependency));
        var requests = PlanFigures.Requests(Year, Filters.CutOff, dependency);
        Prefetch(requests);
        Figures = PlanFigures.From(Year, Filters.CutOff, requests.Select(MeasurePanel).ToList(), goals);
        if (Figures is null || !Figures.HasGoals)
            return Page();

        var figures = Figures;
        Tree = CachedChart("plan-arbol", () => figures.Tree() is { Count: > 0 } nodes
            ? PlanCharts.Treemap($"Avance por línea, programa y meta (PD-EF al {CellText.Of(figures.CutOff)}; tamaño: número de metas)", nodes)
            : null);
        DependencyChart = CachedChart("plan-dependencias", () =>
        {
            var ranked = figures.ByDependency.Results.Where(r => r.Code == IndicatorCode.PlanEfficacy && r.Value is not null).OrderBy(r => r.Value).ToList();
            return ranked.Count == 0 ? null : Charts.Bar("Eficacia a la fecha (PD-EF) por dependencia responsable, peor primero",
                ranked.Select(r => $"{r.SliceValueOf(SliceName.Dependency)} · {r.Band}").ToList(),
                ranked.Select(r => Panels.IndicatorText.Shown(Indicators.Catalogue.IndicatorUnit.Proportion, r.Value)!.Value).ToList(), "%");
        });
        if (meta is not null)
            ShowGoal(meta, goals);
        return Page();
    }

    private void ShowGoal(string code, IReadOnlyList<GoalSeries> goals)
    {
        Goal = goals.FirstOrDefault(g => Core.Text.TextKey.Fold(g.Code) == Core.Text.TextKey.Fold(code));
        if (Goal is null)
        {
            Warn($"La meta «{(code.Length > 20 ? code[..20] + "…" : code)}» no está en el plan{(DependencyShown is null ? "" : " de " + DependencyShown)}.");
            return;
        }
        var goal = Goal;
        GoalChart = CachedChart("plan-meta|" + goal.Code, () => goal.Values.Count == 0 ? null : Charts.LineTrend(
            $"Meta {goal.Code}: programado y ejecutado por periodo",
            [
                new ChartSeries("Programado", goal.Values.Select(v => v.End).ToList(), goal.Values.Select(v => v.Programmed ?? 0).ToList()),
                new ChartSeries("Ejecutado", goal.Values.Where(v => v.Achieved is not null).Select(v => v.End).ToList(),
                    goal.Values.Where(v => v.Achieved is not null).Select(v => v.Achieved!.Value).ToList()),
            ], goal.Unit ?? "Valor"));
    }

    /// <summary>This page for one goal, the year and filters kept.</summary>
    public string? LinkToGoal(string code) =>
        LinkWithFilters("/plan", (YearKey, Year.ToString(CultureInfo.InvariantCulture)), (GoalKey, code)) + "#meta";

    public string YearText => Year.ToString(CultureInfo.InvariantCulture);
}
