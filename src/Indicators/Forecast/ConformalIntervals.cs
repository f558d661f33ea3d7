namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// 80 % intervals from the backtest's own errors (split conformal): for a method and a horizon, the 10th and 90th
/// percentiles of its scaled errors at that horizon over every series and origin. Where a horizon has few errors
/// the neighbouring horizons lend theirs, until there are <see cref="MinimumErrors"/>.
/// </summary>
internal sealed class ConformalIntervals
{
    public const int MinimumErrors = 30;

    private readonly Dictionary<(ForecastMethod, int), (double Low, double High)> _quantiles = [];
    // Per method, the scaled errors at each horizon (index 0 unused).
    private readonly Dictionary<ForecastMethod, List<double>[]> _byHorizon = [];

    public ConformalIntervals(IEnumerable<BacktestError> errors)
    {
        foreach (var method in errors.GroupBy(e => e.Method))
        {
            var byHorizon = new List<double>[method.Max(e => e.Horizon) + 1];
            for (var h = 0; h < byHorizon.Length; h++)
                byHorizon[h] = [];
            foreach (var e in method)
                byHorizon[e.Horizon].Add(e.Scaled);
            _byHorizon[method.Key] = byHorizon;
        }
    }

    /// <summary>The interval around <paramref name="point"/>, never below zero; null when the method has no backtest errors.</summary>
    public (double Lower, double Upper)? Around(ForecastMethod method, int horizon, double point, double scale)
    {
        var q = Quantiles(method, horizon);
        if (q is null || double.IsNaN(scale))
            return null;
        return (Math.Max(0, point + q.Value.Low * scale), Math.Max(0, point + q.Value.High * scale));
    }

    public (double Low, double High)? Quantiles(ForecastMethod method, int horizon)
    {
        if (_quantiles.TryGetValue((method, horizon), out var known))
            return known;
        if (!_byHorizon.TryGetValue(method, out var byHorizon))
            return null;
        // The horizon itself, then one step further on each side at a time.
        var centre = Math.Min(horizon, byHorizon.Length - 1);
        var window = new List<double>(byHorizon[centre]);
        for (var w = 1; window.Count < MinimumErrors && (centre - w >= 1 || centre + w < byHorizon.Length); w++)
        {
            if (centre - w >= 1)
                window.AddRange(byHorizon[centre - w]);
            if (centre + w < byHorizon.Length)
                window.AddRange(byHorizon[centre + w]);
        }
        window.Sort();
        var low = (1 - ForecastOptions.IntervalLevel) / 2;
        var result = (Percentile(window, low), Percentile(window, 1 - low));
        _quantiles[(method, horizon)] = result;
        return result;
    }

    /// <summary>Linear interpolation between order statistics (the usual "type 7" percentile).</summary>
    private static double Percentile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
