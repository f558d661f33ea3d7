namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>Who made a forecast: the model, or one of the two baselines every forecast is judged against.</summary>
public enum ForecastMethod
{
    Model,
    WeekdayMean,
    SeasonalNaive,
}

public static class ForecastMethods
{
    public static IReadOnlyList<ForecastMethod> All { get; } = [ForecastMethod.Model, ForecastMethod.WeekdayMean, ForecastMethod.SeasonalNaive];

    /// <summary>The code stored in fct_forecast and written by the command: modelo, media_8_semanas, ingenuo_estacional.</summary>
    public static string Code(this ForecastMethod method) => method switch
    {
        ForecastMethod.Model => "modelo",
        ForecastMethod.WeekdayMean => "media_8_semanas",
        _ => "ingenuo_estacional",
    };

    public static ForecastMethod FromCode(string code) =>
        All.First(m => m.Code() == code);

    /// <summary>What a user reads.</summary>
    public static string SpanishName(this ForecastMethod method) => method switch
    {
        ForecastMethod.Model => "Modelo (LightGbm global)",
        ForecastMethod.WeekdayMean => "Media del mismo día de la semana, 8 semanas",
        _ => "Ingenuo estacional",
    };
}
