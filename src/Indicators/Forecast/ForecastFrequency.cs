using System.Globalization;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>The periods arrivals are forecast in. The model always works on days; weeks and months add days up.</summary>
public enum ForecastFrequency
{
    Day,
    Week,
    Month,
}

public static class ForecastFrequencies
{
    public static IReadOnlyList<ForecastFrequency> All { get; } = [ForecastFrequency.Day, ForecastFrequency.Week, ForecastFrequency.Month];

    /// <summary>The word the command line and the JSON use: dia, semana, mes.</summary>
    public static string Code(this ForecastFrequency frequency) => frequency switch
    {
        ForecastFrequency.Day => "dia",
        ForecastFrequency.Week => "semana",
        _ => "mes",
    };

    public static ForecastFrequency? Parse(string code) =>
        All.Cast<ForecastFrequency?>().FirstOrDefault(f => string.Equals(f!.Value.Code(), code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The horizon forecast and backtested by default: 13 weeks of days, 13 weeks, 6 months (issue 17).</summary>
    public static int StandardHorizon(this ForecastFrequency frequency) => frequency switch
    {
        ForecastFrequency.Day => 91,
        ForecastFrequency.Week => 13,
        _ => 6,
    };

    /// <summary>Periods per season of the seasonal naive: a week of days, a year of weeks, a year of months.</summary>
    public static int SeasonLength(this ForecastFrequency frequency) => frequency switch
    {
        ForecastFrequency.Day => 7,
        ForecastFrequency.Week => 52,
        _ => 12,
    };

    /// <summary>The first day of the period holding <paramref name="day"/>: itself, its Monday, the 1st of its month.</summary>
    public static DateOnly PeriodStart(this ForecastFrequency frequency, DateOnly day) => frequency switch
    {
        ForecastFrequency.Day => day,
        ForecastFrequency.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    public static DateOnly NextPeriod(this ForecastFrequency frequency, DateOnly periodStart) => frequency switch
    {
        ForecastFrequency.Day => periodStart.AddDays(1),
        ForecastFrequency.Week => periodStart.AddDays(7),
        _ => periodStart.AddMonths(1),
    };

    public static DateOnly PeriodEnd(this ForecastFrequency frequency, DateOnly periodStart) =>
        frequency.NextPeriod(periodStart).AddDays(-1);

    /// <summary>How a user reads a period: 2024-09-02, semana del 2024-09-02, 2024-09.</summary>
    public static string Label(this ForecastFrequency frequency, DateOnly periodStart) => frequency switch
    {
        ForecastFrequency.Month => periodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The backtest's origins before <paramref name="cutOff"/>: every 4 weeks for days and weeks (so each origin
    /// falls on the cut-off's weekday), every month for months (the cut-off's day of the month).
    /// </summary>
    public static DateOnly BacktestOrigin(this ForecastFrequency frequency, DateOnly cutOff, int k) => frequency switch
    {
        ForecastFrequency.Month => cutOff.AddMonths(-k),
        _ => cutOff.AddDays(-28 * k),
    };
}
