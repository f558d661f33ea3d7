using Dapper;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.EarlyWarning;

/// <summary>
/// Reads <see cref="UnusualRise"/>'s inputs at a cut-off: for each judged week, the stored weekly forecast made
/// closest before the week began (fct_forecast keeps every run's origin), and the arrivals filed in the week up to
/// the cut-off. Series are named as ArrivalHistory names them, so forecast and arrivals meet by name.
/// </summary>
public static class WarehouseUnusualRise
{
    public static IReadOnlyList<UnusualWeek> Find(Warehouse warehouse, DateOnly cutOff)
    {
        var expected = new List<WeekExpectation>();
        var arrived = new List<WeekArrivals>();
        using var connection = warehouse.OpenConnection();
        foreach (var week in UnusualRise.Weeks(cutOff))
        {
            var through = week.AddDays(6) < cutOff ? week.AddDays(6) : cutOff;
            var parameters = new { week, through, frequency = ForecastFrequency.Week.Code() };
            expected.AddRange(connection.Query<StoredWeek>(warehouse.Sql("""
                SELECT slice AS Slice, series AS Series, origin AS Origin, point AS Point, upper_bound AS Upper
                FROM fct_forecast
                WHERE frequency = @frequency AND period_start = @week
                  AND origin = (SELECT max(origin) FROM fct_forecast WHERE frequency = @frequency AND period_start = @week AND origin < @week)
                """), parameters)
                .Select(r => (Slice: ArrivalSlices.Parse(r.Slice), r))
                .Where(x => x.Slice is { } slice && UnusualRise.Slices.Contains(slice))
                .Select(x => new WeekExpectation(x.Slice!.Value, x.r.Series, week, x.r.Origin, x.r.Point, x.r.Upper)));
            foreach (var slice in UnusualRise.Slices)
            {
                var (name, join) = ArrivalHistory.Member(slice);
                arrived.AddRange(connection.Query<(string Name, long Filed)>(warehouse.Sql($"""
                    SELECT {name} AS name, CAST(count(*) AS BIGINT) AS filed
                    FROM fct_petition f {join}
                    WHERE f.filed_on BETWEEN @week AND @through
                    GROUP BY 1
                    """), parameters)
                    .Select(r => new WeekArrivals(slice, r.Name, week, through, r.Filed)));
            }
        }
        return UnusualRise.Find(expected, arrived);
    }

    /// <summary>A stored week's forecast (Dapper fills it by column name).</summary>
    private sealed record StoredWeek
    {
        public string Slice { get; init; } = "";
        public string Series { get; init; } = "";
        public DateOnly Origin { get; init; }
        public double Point { get; init; }
        public double Upper { get; init; }
    }
}
