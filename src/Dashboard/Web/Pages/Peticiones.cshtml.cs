using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Peticiones: the period's petitions by type, channel, topic and dependency, their response times and timeliness
/// by month, all from the indicator engine (aggregates; the fact table stays in the database). Dependency detail.
/// </summary>
public sealed class PeticionesModel(DashboardServices services) : DashboardPageModel(services)
{
    public const int TopTopics = 15;

    private static readonly IndicatorCode[] FlowIndicators = [IndicatorCode.Volume, IndicatorCode.OnTime, IndicatorCode.AnswerTime];

    public override bool HasCharts => true;

    public IReadOnlyList<(ReportTable Table, string Key, ChartHtml? Chart)> Volumes { get; private set; } = [];

    public ReportTable? Dependencies { get; private set; }

    public ReportTable? Months { get; private set; }

    public IReadOnlyList<ChartHtml> MonthCharts { get; private set; } = [];

    public ChartHtml? DependencySpread { get; private set; }

    public ChartHtml? DependencyVolume { get; private set; }

    public IActionResult OnGet()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        Prefetch([.. VolumeSlices.Select(v => SlicedRequest([IndicatorCode.Volume], v.Slice)), FlowRequest(SliceName.Dependency), FlowRequest(SliceName.Month)]);
        var volumes = new List<(ReportTable, string, ChartHtml?)>();
        foreach (var (key, slice, title, take) in VolumeSlices)
        {
            if (Sliced([IndicatorCode.Volume], slice) is not { } results)
                return Page();
            var table = PetitionTables.Volume(VolumeName(title, take), slice, title, results, take);
            var chart = CachedChart(key, () =>
            {
                var bars = table.Rows.Where(r => r[1] is long n && n > 0).Select(r => (string)r[0]!).ToList();
                return bars.Count == 0 ? null
                    : Charts.Bar(table.Name, bars, table.Rows.Where(r => r[1] is long n && n > 0).Select(r => (double)(long)r[1]!).ToList(), "Peticiones",
                        links: bars.Select(member => LinkToMember(slice, member)).ToList());
            });
            volumes.Add((table, key, chart));
        }
        Volumes = volumes;

        if (Flow(SliceName.Dependency) is { } byDependency)
        {
            Dependencies = PetitionTables.Dependencies(byDependency, d => LinkToDependency("/peticiones", d));
            DependencySpread = CachedChart("reparto", () => Spread(byDependency));
            DependencyVolume = CachedChart("dependencias", () =>
            {
                var busiest = PetitionTables.VolumesBySlice(byDependency, SliceName.Dependency).Where(v => v.Result.Value > 0).ToList();
                return busiest.Count == 0 ? null
                    : Charts.Bar("Peticiones por dependencia", busiest.Select(v => v.Member).ToList(), busiest.Select(v => v.Result.Value ?? 0).ToList(),
                        "Peticiones", links: busiest.Select(v => LinkToPetitions(Filters with { Dependency = v.Member })).ToList());
            });
        }
        if (Flow(SliceName.Month) is { } byMonth)
        {
            Months = PetitionTables.Months(byMonth);
            var months = PetitionTables.Members(byMonth, SliceName.Month).OrderBy(m => m.Member, StringComparer.Ordinal).ToList();
            MonthCharts = [.. new[] { CachedChart("oportunidad", () => Timeliness(months)), CachedChart("dias", () => Days(months)) }.OfType<ChartHtml>()];
        }
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "tabla")] string? tabla, [FromQuery(Name = "formato")] string? formato)
    {
        if (ApplyFilters() is { } refused)
            return refused;
        ReportTable? table = null;
        if (VolumeSlices.FirstOrDefault(v => v.Key == tabla) is { Key: not null } volume)
            table = Sliced([IndicatorCode.Volume], volume.Slice) is { } results ? PetitionTables.Volume(VolumeName(volume.Title, null), volume.Slice, volume.Title, results) : null;
        else if (tabla == PetitionTables.DependencyKey)
            table = Flow(SliceName.Dependency) is { } results ? PetitionTables.Dependencies(results, _ => null) : null;
        else if (tabla == PetitionTables.MonthKey)
            table = Flow(SliceName.Month) is { } results ? PetitionTables.Months(results) : null;
        if (table is null || TableDownload.File(table, formato ?? "", Today) is not var (content, contentType, fileName))
            return NotFound();
        return File(content, contentType, fileName);
    }

    public Func<string, string> DownloadOf(string table) =>
        format => LinkWithFilters("/peticiones/descargar", ("tabla", table), ("formato", format));

    /// <summary>The volume tables: download key, slice, column title, and how many rows the page shows (the download gives all).</summary>
    private static readonly (string Key, SliceName Slice, string Title, int? Take)[] VolumeSlices =
    [
        (PetitionTables.TypeKey, SliceName.Type, "Tipo", null),
        (PetitionTables.ChannelKey, SliceName.Channel, "Canal", null),
        (PetitionTables.TopicKey, SliceName.Topic, "Tema", TopTopics),
    ];

    private static string VolumeName(string title, int? take) =>
        take is null ? $"Peticiones por {title.ToLowerInvariant()}" : $"Peticiones por {title.ToLowerInvariant()} (los {take} más frecuentes)";

    private IReadOnlyList<IndicatorResult>? Sliced(IReadOnlyList<IndicatorCode> indicators, SliceName slice) => MeasurePanel(SlicedRequest(indicators, slice))?.Results;

    private MeasurementRequest SlicedRequest(IReadOnlyList<IndicatorCode> indicators, SliceName slice) => PanelRequest.For(Filters, DependencyShown, indicators, [slice]);

    private IReadOnlyList<IndicatorResult>? Flow(SliceName slice) => MeasurePanel(FlowRequest(slice))?.Results;

    // The dependency and month tables show no change against the previous period: not measuring it halves the work.
    private MeasurementRequest FlowRequest(SliceName slice) => SlicedRequest(FlowIndicators, slice) with { ComparePrevious = false };

    /// <summary>How the dependencies' mean, median and p90 days spread: one box each, a point per dependency.</summary>
    private static ChartHtml? Spread(IReadOnlyList<IndicatorResult> byDependency)
    {
        var times = byDependency.Where(r => r.Code == IndicatorCode.AnswerTime && r.Value is not null).ToList();
        if (times.Count == 0)
            return null;
        var points = times.Select(t => ("Promedio", t.Value!.Value))
            .Concat(times.Where(t => t.Statistic(StatisticName.Median) is not null).Select(t => ("Mediana", t.Statistic(StatisticName.Median)!.Value)))
            .Concat(times.Where(t => t.Statistic(StatisticName.P90) is not null).Select(t => ("P90", t.Statistic(StatisticName.P90)!.Value)))
            .ToList();
        return Charts.Box("Días hábiles para responder: reparto entre dependencias", points, "Días hábiles");
    }

    /// <summary>The petitions behind one bar of a volume chart: the page's filters narrowed to that type, channel or topic.</summary>
    private string? LinkToMember(SliceName slice, string member) => slice switch
    {
        _ when slice == SliceName.Type => Choices.Types.FirstOrDefault(c => c.Label == member) is { } type ? LinkToPetitions(Filters with { Type = type.Value }) : null,
        _ when slice == SliceName.Channel => Choices.Channels.FirstOrDefault(c => c.Label == member) is { } channel ? LinkToPetitions(Filters with { Channel = channel.Value }) : null,
        _ when slice == SliceName.Topic && member != "Sin tema" => LinkToPetitions(Filters with { Topic = member }),
        _ => null,
    };

    private IReadOnlyList<string?> MonthLinks(IReadOnlyList<DateOnly> firstDays) => firstDays.Select(d => LinkToPetitions(MonthOf(d))).ToList();

    /// <summary>Timeliness against its target, month by month.</summary>
    private ChartHtml? Timeliness(IReadOnlyList<SliceFigures> months)
    {
        var timely = months.Where(m => m.Timeliness?.Value is not null).ToList();
        if (timely.Count == 0)
            return null;
        var timelyDates = timely.Select(m => Panels.Months.FirstDay(m.Member)).ToList();
        var series = new List<ChartSeries> { new("Oportunidad", timelyDates, timely.Select(m => m.Timeliness!.Value!.Value * 100).ToList(), MonthLinks(timelyDates)) };
        if (timely[0].Timeliness!.Target is { } target)
            series.Add(new ChartSeries("Meta", timelyDates, timely.Select(_ => target.Goal * 100).ToList()));
        return Charts.LineTrend("Oportunidad de respuesta (PQ-OPO) por mes de radicación", series, "%");
    }

    /// <summary>Mean, median and p90 business days to answer, month by month.</summary>
    private ChartHtml? Days(IReadOnlyList<SliceFigures> months)
    {
        var answered = months.Where(m => m.Time?.Value is not null).ToList();
        if (answered.Count == 0)
            return null;
        var answeredDates = answered.Select(m => Panels.Months.FirstDay(m.Member)).ToList();
        var links = MonthLinks(answeredDates);
        return Charts.LineTrend("Días hábiles para responder por mes de radicación",
        [
            new ChartSeries("Promedio", answeredDates, answered.Select(m => m.Time!.Value!.Value).ToList(), links),
            new ChartSeries("Mediana", answeredDates, answered.Select(m => m.Time!.Statistic(StatisticName.Median) ?? 0).ToList(), links),
            new ChartSeries("P90", answeredDates, answered.Select(m => m.Time!.Statistic(StatisticName.P90) ?? 0).ToList(), links),
        ], "Días hábiles");
    }
}
