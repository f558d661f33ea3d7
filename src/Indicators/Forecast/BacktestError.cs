namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>One backtest forecast against what then arrived, in units of the series' MASE scale at that origin.</summary>
internal sealed record BacktestError(int Series, DateOnly Origin, ForecastMethod Method, int Horizon, double Forecast, double Actual, double Scale)
{
    public double Scaled => (Actual - Forecast) / Scale;
}
