using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// Trains on everything loaded and stores the forecast of every series (the entity, each dependency, channel,
/// type and topic) by day, week and month with their backtests: what the scheduler does after each load and `demo` once.
/// </summary>
public static class ForecastRefresh
{
    /// <summary>The training cut-off used, or null when the warehouse holds no petitions yet.</summary>
    public static DateOnly? Run(Warehouse warehouse, string nonWorkingDaysDirectory, DateOnly today, Action<string>? progress = null)
    {
        if (WarehouseForecast.DefaultCutOff(warehouse, today) is not { } cutOff)
            return null;
        var calendar = CalendarOf(nonWorkingDaysDirectory, warehouse);
        var series = new List<DailyArrivals>();
        foreach (var slice in ArrivalSlices.All)
            series.AddRange(ArrivalHistory.Read(warehouse, slice, cutOff));
        var trainings = new SharedTrainings();
        // Shown as «hecho el» on the Pronóstico page: Colombia's wall clock, whatever zone the server runs in.
        var madeAt = Core.Calendar.ColombianTime.Now(TimeProvider.System).DateTime;
        foreach (var frequency in ForecastFrequencies.All)
        {
            progress?.Invoke($"Pronóstico por {frequency.Code()}: entrenando con lo radicado hasta el {cutOff:yyyy-MM-dd} ({series.Count} series)…");
            var forecast = DemandForecaster.Run(series, cutOff, calendar, new ForecastOptions(frequency, frequency.StandardHorizon()), trainings);
            ForecastStore.Save(warehouse, forecast, madeAt);
        }
        // The alza inusual judges last week against the weekly forecast made before it began. A scheduler that
        // refreshes after every load has stored one; a warehouse trained for the first time (demo, a first load)
        // has not, so one is made at that week's eve, on what was filed by then, with a shorter backtest.
        var lastWeek = UnusualRise.Weeks(cutOff)[0];
        if (!ForecastStore.HasWeekForecastMadeBefore(warehouse, lastWeek))
        {
            var eve = lastWeek.AddDays(-1);
            progress?.Invoke($"Pronóstico semanal al {eve:yyyy-MM-dd}, para comparar con él la semana del {lastWeek:yyyy-MM-dd} (alza inusual)…");
            var before = DemandForecaster.Run(series, eve, calendar, new ForecastOptions(ForecastFrequency.Week, 2) { BacktestOrigins = 3 });
            ForecastStore.Save(warehouse, before, madeAt);
        }
        return cutOff;
    }

    /// <summary>The entity's own calendar when the warehouse holds one entity (its non-working-days file), else the national one.</summary>
    /// <exception cref="FormatException">The entity's file has a bad line (the message names file and line).</exception>
    public static ForecastCalendar CalendarOf(string nonWorkingDaysDirectory, Warehouse warehouse) =>
        ArrivalHistory.OnlyEntity(warehouse) is { } entity
            ? new ForecastCalendar(NonWorkingDaysFile.CalendarFor(nonWorkingDaysDirectory, entity))
            : ForecastCalendar.National;
}
