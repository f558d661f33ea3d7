using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Dashboard.Web.Caching;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Dashboard.Web.Surveys;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Surveys;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Satisfacción: the SA-* indicators of the surveys answered in the period, with target and semáforo; satisfaction
/// per dependency (with its 95 % interval), question, dimension, month and grupo de valor; how answers spread over each
/// scale; and the masked comments, each shown only to who may see its dependency's detail.
/// </summary>
public sealed class SatisfaccionModel(DashboardServices services) : DashboardPageModel(services)
{
    public const int CommentsShown = 50;

    public override bool HasCharts => true;

    public Panel? Panel { get; private set; }

    public IReadOnlyList<(ReportTable Table, string Key)> Tables { get; private set; } = [];

    public ReportTable? Distribution { get; private set; }

    public ChartHtml? DistributionChart { get; private set; }

    public ChartHtml? Trend { get; private set; }

    public ChartHtml? DependencyChart { get; private set; }

    public IReadOnlyList<SurveyCommentRow> Comments { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        if (SurveyRequests.HasPetitionOnlyFilters(Filters))
            Warn("Los filtros de tipo y tema son de las peticiones: las encuestas no los tienen y aquí no se aplican.");
        var cards = SurveyRequests.For(Filters, DependencyShown, SurveyRequests.Indicators);
        Prefetch([cards, .. SurveyTables.Sliced.Select(s => SlicedRequest(s.Slice))]);
        Panel = MeasurePanel(cards);
        if (Panel is null)
            return Page();

        var tables = new List<(ReportTable, string)>();
        foreach (var (key, slice, title, name) in SurveyTables.Sliced)
            if (MeasurePanel(SlicedRequest(slice)) is { } sliced)
                tables.Add((SurveyTables.BySlice(name, slice, title, sliced.Results), key));
        Tables = tables;

        if (tables.FirstOrDefault(t => t.Item2 == SurveyTables.DependencyKey).Item1 is { Rows.Count: > 0 } byDependency)
            DependencyChart = CachedChart("dependencias", () => Charts.Bar("Satisfacción por dependencia (%)",
                byDependency.Rows.Select(r => (string)r[0]!).ToList(), byDependency.Rows.Select(r => (double?)r[3] ?? 0).ToList(), "%",
                links: byDependency.Rows.Select(r => LinkToDependency("/satisfaccion", (string)r[0]!)).ToList()));
        if (tables.FirstOrDefault(t => t.Item2 == SurveyTables.MonthKey).Item1 is { Rows.Count: > 0 } byMonth)
            Trend = CachedChart("tendencia", () => MonthlyTrend(byMonth));

        var counts = DistributionCounts();
        if (counts is { Count: > 0 })
        {
            Distribution = SurveyTables.Distribution(counts);
            DistributionChart = CachedChart("distribucion", () => StackedAnswers(counts));
        }
        Comments = (Measured(() => Cached(CacheKey("comentarios"), () => SurveyDetail.Comments(Warehouse, RequestForDetail(), CommentsShown))) ?? [])
            .Where(c => Access.CanSeeDependency(CurrentUser, c.Dependency))
            .ToList();
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        ReportTable? table = null;
        if (SurveyTables.Sliced.FirstOrDefault(s => s.Key == tabla) is { Key: not null } sliced)
            table = MeasurePanel(SlicedRequest(sliced.Slice)) is { } panel ? SurveyTables.BySlice(sliced.Name, sliced.Slice, sliced.Title, panel.Results) : null;
        else if (tabla == SurveyTables.DistributionKey)
            table = DistributionCounts() is { } counts ? SurveyTables.Distribution(counts) : null;
        if (table is null || TableDownload.File(table, formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) =>
        format => LinkWithFilters("/satisfaccion/descargar", ("tabla", table), ("formato", format));


    private MeasurementRequest SlicedRequest(SliceName slice) => SurveyRequests.For(Filters, DependencyShown, SurveyRequests.TableIndicators, slice);

    private MeasurementRequest RequestForDetail() => SurveyRequests.For(Filters, DependencyShown, SurveyRequests.Indicators);

    private IReadOnlyList<AnswerCount>? DistributionCounts() =>
        Measured(() => Cached(CacheKey("distribucion"), () => SurveyDetail.Distribution(Warehouse, RequestForDetail())));

    private string CacheKey(string name) => RequestKey.Join("satisfaccion", Filters.ToQueryString(), DependencyShown, name);

    private ChartHtml? MonthlyTrend(ReportTable byMonth)
    {
        var valued = byMonth.Rows.Where(r => r[3] is double).ToList();
        if (valued.Count == 0)
            return null;
        var dates = valued.Select(r => Months.FirstDay((string)r[0]!)).ToList();
        var series = new List<ChartSeries> { new("Satisfacción", dates, valued.Select(r => (double)r[3]!).ToList()) };
        if (Panel?.Results.FirstOrDefault(r => r.Code == IndicatorCode.Satisfaction)?.Target is { } target)
            series.Add(new ChartSeries("Meta", dates, dates.Select(_ => target.Goal * 100).ToList()));
        return Charts.LineTrend("Satisfacción (SA-T2B) por mes de respuesta", series, "%");
    }

    private static ChartHtml StackedAnswers(IReadOnlyList<AnswerCount> counts)
    {
        var questions = counts.Select(c => c.Question).Distinct().ToList();
        var totals = counts.GroupBy(c => c.Question).ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Answers));
        // Labels from the best to the worst answer, so the segments read in the scale's order.
        var labels = counts.GroupBy(c => c.Label).OrderByDescending(g => g.Max(c => c.Points ?? int.MinValue)).Select(g => g.Key).ToList();
        var series = labels.Select(label => (label, (IReadOnlyList<double>)questions.Select(q =>
            Math.Round(100 * (counts.FirstOrDefault(c => c.Question == q && c.Label == label)?.Answers ?? 0) / totals[q], 1)).ToList())).ToList();
        return Charts.StackedShares("Distribución de las respuestas por pregunta", questions, series);
    }
}
