using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// fct_forecast and fct_forecast_backtest: a run's forecasts and its backtest, stored so pages read them without
/// training. Saving a run replaces the rows of the same origin and frequency in one transaction.
/// </summary>
public static class ForecastStore
{
    public const string AllSeries = "*";

    public static void Save(Warehouse warehouse, DemandForecast forecast, DateTime madeAt)
    {
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var key = new { origin = forecast.CutOff, frequency = forecast.Frequency.Code() };
        connection.Execute(warehouse.Sql("DELETE FROM fct_forecast WHERE origin = @origin AND frequency = @frequency"), key, transaction);
        connection.Execute(warehouse.Sql("DELETE FROM fct_forecast_backtest WHERE origin = @origin AND frequency = @frequency"), key, transaction);
        connection.Execute(warehouse.Sql("""
            INSERT INTO fct_forecast (origin, frequency, slice, series, period_start, horizon, point, lower_bound, upper_bound,
                method, reason, model_version, made_at)
            VALUES (@origin, @frequency, @slice, @series, @period, @horizon, @point, @lower, @upper, @method, @reason, @version, @madeAt)
            """),
            forecast.Series.SelectMany(s => s.Periods.Select(p => new
            {
                key.origin, key.frequency, slice = s.Key.Slice.Code(), series = s.Key.Name, period = p.Period, horizon = p.Horizon,
                point = p.Point, lower = p.Lower, upper = p.Upper, method = s.Method.Code(), reason = s.Reason,
                version = forecast.ModelVersion, madeAt,
            })), transaction);
        var scores = forecast.Series.SelectMany(s => s.Scores.Select(score => (s.Key.Slice.Code(), s.Key.Name, score)))
            .Concat(forecast.Backtest.Select(score => (ArrivalSlice.Entity.Code(), AllSeries, score)));
        connection.Execute(warehouse.Sql("""
            INSERT INTO fct_forecast_backtest (origin, frequency, slice, series, method, mase, coverage, errors, origins, model_version, made_at)
            VALUES (@origin, @frequency, @slice, @series, @method, @mase, @coverage, @errors, @origins, @version, @madeAt)
            """),
            scores.Select(x => new
            {
                key.origin, key.frequency, slice = x.Item1, series = x.Item2, method = x.score.Method.Code(),
                mase = Finite(x.score.Mase), coverage = Finite(x.score.Coverage), errors = x.score.Errors,
                origins = forecast.BacktestOrigins.Count, version = forecast.ModelVersion, madeAt,
            }), transaction);
        transaction.Commit();
    }

    /// <summary>Whether a stored weekly run made before <paramref name="week"/> began forecasts that week.</summary>
    public static bool HasWeekForecastMadeBefore(Warehouse warehouse, DateOnly week)
    {
        using var connection = warehouse.OpenConnection();
        return Convert.ToInt64(connection.ExecuteScalar(warehouse.Sql(
            "SELECT count(*) FROM fct_forecast WHERE frequency = @frequency AND period_start = @week AND origin < @week"),
            new { week, frequency = ForecastFrequency.Week.Code() }), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The latest stored run of a frequency (its origin and when it was made), or null when none is stored.</summary>
    public static StoredRun? Latest(Warehouse warehouse, ForecastFrequency frequency)
    {
        using var connection = warehouse.OpenConnection();
        var origin = ArrivalHistory.DateOf(connection.ExecuteScalar(warehouse.Sql(
            "SELECT max(origin) FROM fct_forecast WHERE frequency = @frequency"), new { frequency = frequency.Code() }));
        if (origin is null)
            return null;
        var parameters = new { origin, frequency = frequency.Code() };
        var rows = connection.Query<StoredPeriod>(warehouse.Sql("""
            SELECT slice AS Slice, series AS Series, period_start AS Period, horizon AS Horizon, point AS Point,
                lower_bound AS Lower, upper_bound AS Upper, method AS Method, reason AS Reason, model_version AS ModelVersion,
                made_at AS MadeAt
            FROM fct_forecast WHERE origin = @origin AND frequency = @frequency
            ORDER BY slice, series, period_start
            """), parameters).ToList();
        var backtest = connection.Query<StoredScore>(warehouse.Sql("""
            SELECT slice AS Slice, series AS Series, method AS Method, mase AS Mase, coverage AS Coverage, errors AS Errors, origins AS Origins
            FROM fct_forecast_backtest WHERE origin = @origin AND frequency = @frequency
            ORDER BY slice, series, method
            """), parameters).ToList();
        return new StoredRun(origin.Value, frequency, rows, backtest);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>One stored run: its training cut-off, every series' periods and the backtest.</summary>
public sealed record StoredRun(DateOnly Origin, ForecastFrequency Frequency, IReadOnlyList<StoredPeriod> Periods, IReadOnlyList<StoredScore> Backtest)
{
    public DateTime MadeAt => Periods.Count == 0 ? default : Periods.Max(p => p.MadeAt);

    public string ModelVersion => Periods.Count == 0 ? "" : Periods[0].ModelVersion;
}

/// <summary>A stored period's forecast (Dapper fills it by column name).</summary>
public sealed record StoredPeriod
{
    public string Slice { get; init; } = "";
    public string Series { get; init; } = "";
    public DateOnly Period { get; init; }
    public int Horizon { get; init; }
    public double Point { get; init; }
    public double Lower { get; init; }
    public double Upper { get; init; }
    public string Method { get; init; } = "";
    public string? Reason { get; init; }
    public string ModelVersion { get; init; } = "";
    public DateTime MadeAt { get; init; }
}

/// <summary>A stored backtest score of one series (or of all, series "*") and method.</summary>
public sealed record StoredScore
{
    public string Slice { get; init; } = "";
    public string Series { get; init; } = "";
    public string Method { get; init; } = "";
    public double? Mase { get; init; }
    public double? Coverage { get; init; }
    public int Errors { get; init; }
    public int Origins { get; init; }
}
