using System.Globalization;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// Forecasts arrivals from a training cut-off: a rolling-origin backtest first (the model retrained at each origin
/// on what was known then, beside both baselines), then the forecast itself, each series published with the
/// method its own backtest supports and 80 % intervals from the backtest's errors (docs/pronostico.md).
/// </summary>
public static class DemandForecaster
{
    /// <param name="series">Every series, each holding arrivals up to the cut-off and nothing after it.</param>
    /// <param name="trainings">
    /// Models already trained at some origins on these same series (a run per frequency shares them: days and weeks
    /// backtest from the same origins); null trains afresh.
    /// </param>
    public static DemandForecast Run(IReadOnlyList<DailyArrivals> series, DateOnly cutOff, ForecastCalendar calendar, ForecastOptions options,
        SharedTrainings? trainings = null)
    {
        var known = series.Select(s => s.Until(cutOff)).ToList();
        var features = new ArrivalFeatures(calendar);
        var frequency = options.Frequency;
        var horizon = Math.Max(1, options.Horizon);

        var origins = new List<DateOnly>();
        for (var k = 1; k <= options.BacktestOrigins; k++)
        {
            var origin = frequency.BacktestOrigin(cutOff, k);
            if (frequency.PeriodEnd(frequency.PeriodStart(origin.AddDays(1))) > cutOff)
                continue; // not even its first period has arrived yet
            if (!known.Any(s => s.IndexOf(origin) + 1 >= GlobalModel.MinimumHistoryDays))
                break;
            origins.Add(origin);
        }

        // Each origin trains its own model on its own past, seeded: they run side by side, one LightGbm thread each,
        // and give the same figures in any order (the backtest's origins dominate the time: 6 trainings of 7).
        var madeAt = new Made?[origins.Count + 1][];
        Parallel.For(0, madeAt.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => madeAt[i] = AtOrigin(known, i < origins.Count ? origins[i] : cutOff, features, calendar, frequency, horizon, options.Seed, trainings));

        var errors = new List<BacktestError>();
        for (var o = 0; o < origins.Count; o++)
        {
            var made = madeAt[o];
            for (var s = 0; s < known.Count; s++)
            {
                if (made[s] is not { } one || double.IsNaN(one.Scale))
                    continue;
                foreach (var (method, periods) in one.ByMethod)
                    foreach (var p in periods.Where(p => frequency.PeriodEnd(p.Period) <= cutOff))
                        errors.Add(new BacktestError(s, origins[o], method, p.Horizon, p.Point,
                            PeriodSums.Observed(known[s], p.Period, frequency.PeriodEnd(p.Period)), one.Scale));
            }
        }

        var intervals = new ConformalIntervals(errors);
        var final = madeAt[^1];
        var leftOut = errors.Select(e => e.Origin).Distinct()
            .ToDictionary(o => o, o => new ConformalIntervals(errors.Where(e => e.Origin != o).ToList()));
        var published = new List<SeriesForecast>();
        for (var s = 0; s < known.Count; s++)
        {
            if (final[s] is not { } made)
                continue;
            var scores = Scores(errors.Where(e => e.Series == s).ToList(), leftOut);
            var (method, reason) = Choose(known[s], made.ShortSeries, scores);
            var periods = made.ByMethod[method]
                .Select(p => intervals.Around(method, p.Horizon, p.Point, made.Scale) is { } band
                    ? p with { Lower = band.Lower, Upper = band.Upper }
                    : p with { Lower = PoissonBound(p.Point, -1), Upper = PoissonBound(p.Point, 1) })
                .ToList();
            if (intervals.Quantiles(method, 1) is null || double.IsNaN(made.Scale))
                reason = Join(reason, "sin backtest para calibrar el intervalo: se usa uno de Poisson aproximado");
            published.Add(new SeriesForecast(known[s].Key, method, reason, periods, scores));
        }
        return new DemandForecast(cutOff, frequency, GlobalModel.Version, origins, published, Scores(errors, leftOut, perSeries: true));
    }

    /// <summary>The forecast made at one origin: per series, each method's periods and the series' MASE scale then.</summary>
    private sealed record Made(Dictionary<ForecastMethod, List<PeriodForecast>> ByMethod, double Scale, bool ShortSeries);

    private static Made?[] AtOrigin(IReadOnlyList<DailyArrivals> all, DateOnly origin, ArrivalFeatures features,
        ForecastCalendar calendar, ForecastFrequency frequency, int horizon, int seed, SharedTrainings? trainings)
    {
        var series = all.Select(s => s.Until(origin)).ToList();
        var periods = new List<DateOnly>();
        var period = frequency.PeriodStart(origin.AddDays(1));
        for (var h = 0; h < horizon; h++, period = frequency.NextPeriod(period))
            periods.Add(period);
        var days = frequency.PeriodEnd(periods[^1]).DayNumber - origin.DayNumber;

        double[]?[] Train(int length) => GlobalModel.Train(series, features, seed)?.Forecast(length) ?? new double[]?[series.Count];
        var modelDays = trainings is null ? Train(days) : trainings.At(origin, days, Train);
        var result = new Made?[series.Count];
        for (var s = 0; s < series.Count; s++)
        {
            var one = series[s];
            if (one.Start > origin)
                continue;
            var weekday = WeekdayMean.Forecast(calendar, one, days);
            var daily = new Dictionary<ForecastMethod, double[]>
            {
                [ForecastMethod.Model] = modelDays[s] ?? weekday,
                [ForecastMethod.WeekdayMean] = weekday,
                [ForecastMethod.SeasonalNaive] = SeasonalNaive.Daily(one, days),
            };
            var byMethod = new Dictionary<ForecastMethod, List<PeriodForecast>>();
            foreach (var (method, values) in daily)
                byMethod[method] = periods.Select((p, i) =>
                {
                    var point = method == ForecastMethod.SeasonalNaive && frequency != ForecastFrequency.Day
                        ? SeasonalNaive.Period(one, frequency, p)
                        : Sum(one, values, origin, p, frequency.PeriodEnd(p));
                    return new PeriodForecast(p, i + 1, point, point, point);
                }).ToList();
            result[s] = new Made(byMethod, PeriodSums.MaseScale(one, frequency), modelDays[s] is null);
        }
        return result;
    }

    /// <summary>A period's arrivals: those observed up to the origin plus the daily forecasts after it.</summary>
    private static double Sum(DailyArrivals known, double[] forecastDays, DateOnly origin, DateOnly from, DateOnly to)
    {
        var sum = PeriodSums.Observed(known, from, to < origin ? to : origin);
        for (var d = from > origin ? from : origin.AddDays(1); d <= to; d = d.AddDays(1))
            sum += forecastDays[d.DayNumber - origin.DayNumber - 1];
        return sum;
    }

    /// <summary>
    /// MASE per method (mean of the scaled absolute errors; per series first, then averaged over series when
    /// <paramref name="perSeries"/>) and leave-one-origin-out coverage of the 80 % interval.
    /// </summary>
    /// <param name="byOrigin">For each origin, the intervals calibrated on every other origin's errors.</param>
    private static List<MethodScore> Scores(List<BacktestError> own, Dictionary<DateOnly, ConformalIntervals> byOrigin, bool perSeries = false)
    {
        var scores = new List<MethodScore>();
        foreach (var method in ForecastMethods.All)
        {
            var errors = own.Where(e => e.Method == method).ToList();
            if (errors.Count == 0)
                continue;
            var mase = perSeries
                ? errors.GroupBy(e => e.Series).Average(g => g.Average(e => Math.Abs(e.Scaled)))
                : errors.Average(e => Math.Abs(e.Scaled));
            var covered = errors.Count(e => byOrigin[e.Origin].Around(method, e.Horizon, e.Forecast, e.Scale) is { } band
                && e.Actual >= band.Lower && e.Actual <= band.Upper);
            var calibrated = errors.Count(e => byOrigin[e.Origin].Quantiles(method, e.Horizon) is not null);
            scores.Add(new MethodScore(method, mase, calibrated == 0 ? double.NaN : covered / (double)calibrated, errors.Count));
        }
        return scores;
    }

    private static (ForecastMethod, string?) Choose(DailyArrivals series, bool shortSeries, List<MethodScore> scores)
    {
        if (shortSeries)
            return (ForecastMethod.WeekdayMean,
                $"serie corta ({series.Age} días de historia; el modelo necesita {GlobalModel.MinimumHistoryDays}): se muestra la media de 8 semanas");
        var model = scores.FirstOrDefault(s => s.Method == ForecastMethod.Model);
        var weekday = scores.FirstOrDefault(s => s.Method == ForecastMethod.WeekdayMean);
        var naive = scores.FirstOrDefault(s => s.Method == ForecastMethod.SeasonalNaive);
        if (model is null || weekday is null || naive is null)
            return (ForecastMethod.WeekdayMean, "no hay historia suficiente para evaluar el modelo: se muestra la media de 8 semanas");
        if (model.Mase < weekday.Mase && model.Mase < naive.Mase)
            return (ForecastMethod.Model, null);
        var best = weekday.Mase <= naive.Mase ? weekday : naive;
        return (best.Method, string.Create(CultureInfo.GetCultureInfo("es-CO"),
            $"el modelo no superó a las dos líneas base en su backtest (MASE modelo {model.Mase:0.00}, media de 8 semanas {weekday.Mase:0.00}, ingenuo estacional {naive.Mase:0.00}): se muestra {best.Method.SpanishName().ToLowerInvariant()}"));
    }

    /// <summary>An approximate 80 % Poisson bound (±1.2816 standard deviations), for a series with no backtest at all.</summary>
    private static double PoissonBound(double point, int side) => Math.Max(0, point + side * 1.2816 * Math.Sqrt(Math.Max(point, 0)));

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}

/// <summary>
/// The model's daily forecasts per training origin, kept while one set of series is forecast at several
/// frequencies, so an origin is trained once. Each origin forecasts at least <see cref="Days"/> days ahead.
/// </summary>
public sealed class SharedTrainings
{
    public const int Days = 200;

    private readonly Dictionary<DateOnly, double[]?[]> _byOrigin = [];

    /// <remarks>Origins are trained side by side: the dictionary is locked, a training is not (each origin trains once per run).</remarks>
    internal double[]?[] At(DateOnly origin, int days, Func<int, double[]?[]> train)
    {
        lock (_byOrigin)
            if (_byOrigin.TryGetValue(origin, out var known) && known.All(f => f is null || f.Length >= days))
                return known;
        var made = train(Math.Max(days, Days));
        lock (_byOrigin)
            _byOrigin[origin] = made;
        return made;
    }
}
