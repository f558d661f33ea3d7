namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>What is asked: the frequency, how many periods ahead, how many backtest origins, the model's seed.</summary>
public sealed record ForecastOptions(ForecastFrequency Frequency, int Horizon)
{
    public int BacktestOrigins { get; init; } = 6;

    public int Seed { get; init; } = 17;

    /// <summary>The interval's coverage: 80 %, from the 10th and 90th percentiles of the backtest's errors.</summary>
    public const double IntervalLevel = 0.8;
}

/// <summary>One period's forecast: its first day, how many periods ahead (1 = the first after the cut-off), the 80 % interval.</summary>
public sealed record PeriodForecast(DateOnly Period, int Horizon, double Point, double Lower, double Upper);

/// <summary>A method's backtest on one series (or all): MASE and how often its 80 % interval held the actual value.</summary>
public sealed record MethodScore(ForecastMethod Method, double Mase, double Coverage, int Errors);

/// <summary>
/// One series' published forecast: the model's, or a baseline's when the model is not shown (the reason says why:
/// a short series, or a model that did not beat both baselines on its own backtest).
/// </summary>
public sealed record SeriesForecast(
    SeriesKey Key,
    ForecastMethod Method,
    string? Reason,
    IReadOnlyList<PeriodForecast> Periods,
    IReadOnlyList<MethodScore> Scores);

/// <summary>Every series' forecast from one cut-off, with the backtest that judged it.</summary>
public sealed record DemandForecast(
    DateOnly CutOff,
    ForecastFrequency Frequency,
    string ModelVersion,
    IReadOnlyList<DateOnly> BacktestOrigins,
    IReadOnlyList<SeriesForecast> Series,
    IReadOnlyList<MethodScore> Backtest)
{
    public SeriesForecast? Find(SeriesKey key) => Series.FirstOrDefault(s => s.Key == key);
}
