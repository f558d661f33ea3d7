using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// One gradient-boosted regression (LightGbm) trained on every series at once, as the M5 winners did: each row is
/// a series on a day, its label that day's arrivals over the series' scale. Forecasts go day by day, each day's
/// prediction becoming the next day's lag. Seeded and on one thread, so the same data always gives the same
/// forecast; one thread also because LightGbm's OpenMP threads spin when the cores are busy (a fit of 2,190 rows
/// took 56 s with two threads and 3 s with one on this 2-core machine under load 20).
/// </summary>
internal sealed class GlobalModel
{
    public const string Version = "lightgbm-dia-1";

    /// <summary>Series younger than this at the origin are forecast by the weekday mean, not by the model.</summary>
    public const int MinimumHistoryDays = 56;

    // Rows start once the 28-day lags exist; only the last three years train (a longer past adds time, not skill).
    private const int FirstTrainingIndex = 28;
    private const int TrainingDays = 3 * 365;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ArrivalFeatures _features;
    private readonly IReadOnlyList<DailyArrivals> _series;
    private readonly double[] _scales;

    private GlobalModel(MLContext ml, ITransformer model, ArrivalFeatures features, IReadOnlyList<DailyArrivals> series, double[] scales)
    {
        _ml = ml;
        _model = model;
        _features = features;
        _series = series;
        _scales = scales;
    }

    /// <summary>Trains on <paramref name="series"/> as given (each ends at the same origin); null when no series is long enough.</summary>
    public static GlobalModel? Train(IReadOnlyList<DailyArrivals> series, ArrivalFeatures features, int seed)
    {
        var scales = series.Select(Scale).ToArray();
        var rows = new List<ModelRow>();
        for (var s = 0; s < series.Count; s++)
        {
            var y = series[s].Counts;
            if (y.Length < MinimumHistoryDays)
                continue;
            for (var i = Math.Max(FirstTrainingIndex, y.Length - TrainingDays); i < y.Length; i++)
            {
                var row = new ModelRow { Features = new float[ArrivalFeatures.Count], Label = (float)(y[i] / scales[s]) };
                features.Fill(row.Features, s, series[s].Start, y, i, scales[s]);
                rows.Add(row);
            }
        }
        if (rows.Count < 200)
            return null;
        var ml = new MLContext(seed);
        var trainer = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = 250,
            LearningRate = 0.05,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 40,
            Seed = seed,
            NumberOfThreads = 1,
            Verbose = false,
            Silent = true,
        });
        var data = ml.Data.LoadFromEnumerable(rows);
        return new GlobalModel(ml, trainer.Fit(data), features, series, scales);
    }

    /// <summary>
    /// The next <paramref name="days"/> days of every series the model was trained on, in the same order; series
    /// too short for the model get null (the caller uses the weekday mean).
    /// </summary>
    public double[]?[] Forecast(int days)
    {
        using var engine = _ml.Model.CreatePredictionEngine<ModelRow, ModelOutput>(_model);
        var result = new double[]?[_series.Count];
        var row = new ModelRow { Features = new float[ArrivalFeatures.Count] };
        for (var s = 0; s < _series.Count; s++)
        {
            var known = _series[s].Counts;
            if (known.Length < MinimumHistoryDays)
                continue;
            var y = new double[known.Length + days];
            known.CopyTo(y, 0);
            for (var h = 0; h < days; h++)
            {
                var i = known.Length + h;
                _features.Fill(row.Features, s, _series[s].Start, y, i, _scales[s]);
                y[i] = Math.Max(0, engine.Predict(row).Score * _scales[s]);
            }
            result[s] = y[known.Length..];
        }
        return result;
    }

    /// <summary>The series' mean daily arrivals over its last year (at least 0.1, so an empty series divides safely).</summary>
    private static double Scale(DailyArrivals series)
    {
        var y = series.Counts;
        var from = Math.Max(0, y.Length - 365);
        var sum = 0.0;
        for (var i = from; i < y.Length; i++)
            sum += y[i];
        return Math.Max(0.1, sum / Math.Max(1, y.Length - from));
    }

    private sealed class ModelRow
    {
        [VectorType(ArrivalFeatures.Count)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class ModelOutput
    {
        public float Score { get; set; }
    }
}
