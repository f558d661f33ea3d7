using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.TestSupport.Forecast;

/// <summary>
/// A warehouse with ten months of generated arrivals of one entity (Hacienda since January, Tránsito only since
/// mid-October) and a weekly forecast trained on them and stored, as the scheduler leaves it after a load.
/// </summary>
public static class StoredForecasts
{
    public const string Entity = "Alcaldía de Prueba";
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Transito = "Tránsito";
    public static readonly DateOnly CutOff = new(2024, 10, 31);

    public static DemandForecast LoadAndStore(Warehouse warehouse)
    {
        var fixture = new ArrivalFixture(warehouse);
        var entity = fixture.Entity(Entity);
        fixture.Add(entity, fixture.Dependency(entity, Hacienda), "virtual",
            SyntheticArrivals.Series(SeriesKey.Entity, 25, new DateOnly(2024, 1, 1), CutOff, seed: 31));
        fixture.Add(entity, fixture.Dependency(entity, Transito), "presencial",
            SyntheticArrivals.Series(SeriesKey.Entity, 6, new DateOnly(2024, 10, 14), CutOff, seed: 32));
        var forecast = WarehouseForecast.Run(warehouse, [ArrivalSlice.Dependency], CutOff, ForecastCalendar.National,
            new ForecastOptions(ForecastFrequency.Week, 6) { BacktestOrigins = 3 });
        ForecastStore.Save(warehouse, forecast, new DateTime(2024, 11, 1, 6, 0, 0));
        return forecast;
    }
}
