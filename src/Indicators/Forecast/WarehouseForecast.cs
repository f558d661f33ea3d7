using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>The forecast of the warehouse's arrivals: the entity's series and those of the slices asked for, one global model.</summary>
public static class WarehouseForecast
{
    /// <summary>
    /// The default training cut-off: the last day loaded, unless that is today (a day still being filed), then
    /// yesterday. Null when the warehouse holds no petitions.
    /// </summary>
    public static DateOnly? DefaultCutOff(Warehouse warehouse, DateOnly today) =>
        ArrivalHistory.LastFilingDay(warehouse) is { } last ? (last < today ? last : today.AddDays(-1)) : null;

    public static DemandForecast Run(Warehouse warehouse, IEnumerable<ArrivalSlice> slices, DateOnly cutOff,
        ForecastCalendar calendar, ForecastOptions options)
    {
        var series = new List<DailyArrivals>();
        foreach (var slice in slices.Prepend(ArrivalSlice.Entity).Distinct())
            series.AddRange(ArrivalHistory.Read(warehouse, slice, cutOff));
        return DemandForecaster.Run(series, cutOff, calendar, options);
    }
}
