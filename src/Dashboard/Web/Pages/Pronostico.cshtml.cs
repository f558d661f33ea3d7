using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Pronóstico: the stored forecast (fct_forecast, made by the scheduler after each load or by `demo`) of the series
/// the filters pick (a dependency, else a channel, else a type, else the entity), with its history, its 80 %
/// interval and the backtest that judged it against both baselines. The page never trains.
/// </summary>
public sealed class PronosticoModel(DashboardServices services) : DashboardPageModel(services)
{
    public const string FrequencyKey = "frecuencia";

    // How much history the chart shows before the forecast, per frequency.
    private static int HistoryPeriods(ForecastFrequency frequency) => frequency switch
    {
        ForecastFrequency.Day => 56,
        ForecastFrequency.Week => 26,
        _ => 12,
    };

    public override bool HasCharts => true;

    // Its figures are not measured per entity yet (see DashboardPageModel.FiguresByEntity).
    public override bool FiguresByEntity => false;

    public ForecastFrequency Frequency { get; private set; } = ForecastFrequency.Week;

    public override PageChoice PageChoice => new(FrequencyKey, "Frecuencia",
        [new("dia", "Por día"), new("semana", "Por semana"), new("mes", "Por mes")], Frequency.Code());

    public StoredRun? Run { get; private set; }

    public SeriesKey? Series { get; private set; }

    public IReadOnlyList<StoredPeriod> Periods { get; private set; } = [];

    public ReportTable? ForecastTable { get; private set; }

    public ReportTable? BacktestTable { get; private set; }

    public ChartHtml? Chart { get; private set; }

    /// <summary>The dependencies at risk of letting petitions expire at the filters' cut-off.</summary>
    public Shared.ExpiryRiskView? Risk { get; private set; }

    /// <summary>The series whose arrivals passed their forecast's upper bound around the filters' cut-off.</summary>
    public Shared.UnusualRiseView? Rise { get; private set; }

    public string? Method => Periods.Count > 0 ? Periods[0].Method : null;

    public string? Reason => Periods.Count > 0 ? Periods[0].Reason : null;

    public IActionResult OnGet()
    {
        if (ApplyFilters() is { } refused)
            return refused;
        Frequency = ForecastFrequencies.Parse(Request.Query[FrequencyKey].ToString()) ?? ForecastFrequency.Week;
        Run = Cached("pronostico-" + Frequency.Code(), () => new RunBox(ForecastStore.Latest(Warehouse, Frequency))).Run;
        var cutOff = Filters.CutOff;
        var dependency = DependencyShown;
        Risk = Cached(Shared.ExpiryRiskView.CacheKey(cutOff, dependency), () => Shared.ExpiryRiskView.Of(Warehouse, cutOff, dependency));
        Rise = Cached(Shared.UnusualRiseView.CacheKey(cutOff, dependency), () => Shared.UnusualRiseView.Of(Warehouse, cutOff, dependency));
        if (Run is null)
            return Page();
        Series = Chosen();
        Periods = Run.Periods.Where(p => p.Slice == Series.Slice.Code() && TextKey.Fold(p.Series) == TextKey.Fold(Series.Name)).ToList();
        if (Periods.Count == 0)
            return Page();
        Series = Series with { Name = Periods[0].Series };
        ForecastTable = new ReportTable("Pronóstico", ["Periodo", "Pronóstico", "Inferior (80 %)", "Superior (80 %)"],
            Periods.Select(p => (IReadOnlyList<object?>)[Frequency.Label(p.Period), Math.Round(p.Point, 1), Math.Round(p.Lower, 1), Math.Round(p.Upper, 1)]).ToList());
        BacktestTable = new ReportTable("Backtest", ["Serie", "Método", "MASE", "Cobertura del 80 %", "Errores", "Orígenes"],
            Run.Backtest.Where(b => b.Series == ForecastStore.AllSeries || (b.Slice == Series.Slice.Code() && b.Series == Series.Name))
                .Select(b => (IReadOnlyList<object?>)[b.Series == ForecastStore.AllSeries ? "Todas las series" : b.Series,
                    ForecastMethods.FromCode(b.Method).SpanishName(), b.Mase is { } m ? Math.Round(m, 3) : null,
                    b.Coverage is { } c ? $"{Math.Round(100 * c, 1).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("es-CO"))} %" : null,
                    b.Errors, b.Origins])
                .ToList());
        var key = Series;
        var run = Run;
        Chart = CachedChart("pronostico", () => Draw(key, run));
        return Page();
    }

    /// <summary>The series the filters ask for: a dependency (the one a secretaría may see), else a channel, else a type, else the entity.</summary>
    private SeriesKey Chosen()
    {
        if (DependencyShown is { } dependency)
            return new SeriesKey(ArrivalSlice.Dependency, dependency);
        if (Filters.Channel is { } channel)
            return new SeriesKey(ArrivalSlice.Channel, Choices.Channels.FirstOrDefault(c => TextKey.Fold(c.Value) == TextKey.Fold(channel))?.Label ?? channel);
        if (Filters.Type is { } type)
            return new SeriesKey(ArrivalSlice.Type, Choices.Types.FirstOrDefault(c => TextKey.Fold(c.Value) == TextKey.Fold(type))?.Label ?? type);
        return SeriesKey.Entity;
    }

    private ChartHtml? Draw(SeriesKey key, StoredRun run)
    {
        var arrivals = ArrivalHistory.Read(Warehouse, key.Slice, run.Origin)
            .FirstOrDefault(s => TextKey.Fold(s.Key.Name) == TextKey.Fold(key.Name));
        var historyDates = new List<DateOnly>();
        var historyValues = new List<double>();
        if (arrivals is not null)
        {
            var period = Frequency.PeriodStart(run.Origin);
            for (var k = 0; k < HistoryPeriods(Frequency); k++)
                period = Frequency == ForecastFrequency.Month ? period.AddMonths(-1) : Frequency == ForecastFrequency.Week ? period.AddDays(-7) : period.AddDays(-1);
            for (; Frequency.PeriodEnd(period) <= run.Origin; period = Frequency.NextPeriod(period))
            {
                if (period < arrivals.Start)
                    continue;
                historyDates.Add(period);
                historyValues.Add(PeriodSums.Observed(arrivals, period, Frequency.PeriodEnd(period)));
            }
        }
        return Charts.ForecastBand($"PQRSD radicadas por {Unit} y pronóstico: {Title(key)}",
            new ChartSeries("Radicadas", historyDates, historyValues),
            new ChartSeries("Pronóstico", Periods.Select(p => p.Period).ToList(), Periods.Select(p => p.Point).ToList()),
            Periods.Select(p => p.Lower).ToList(), Periods.Select(p => p.Upper).ToList(), "Peticiones");
    }

    public string Unit => Frequency switch
    {
        ForecastFrequency.Day => "día",
        ForecastFrequency.Week => "semana",
        _ => "mes",
    };

    public static string Title(SeriesKey key) => key.Slice switch
    {
        ArrivalSlice.Entity => "toda la entidad",
        ArrivalSlice.Dependency => key.Name,
        ArrivalSlice.Channel => $"canal {key.Name}",
        ArrivalSlice.Type => $"tipo {key.Name}",
        _ => $"tema {key.Name}",
    };

    /// <summary>A stored run or its absence, so "nothing stored yet" is cached as well.</summary>
    private sealed record RunBox(StoredRun? Run);
}
