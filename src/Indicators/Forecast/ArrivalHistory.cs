using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>
/// Reads arrival series from fct_petition: petitions per filing day, for the entity or per dependency, channel or
/// type, filed on or before the training cut-off. The cut-off is in the query: later filings are never read.
/// </summary>
public static class ArrivalHistory
{
    public static IReadOnlyList<DailyArrivals> Read(Warehouse warehouse, ArrivalSlice slice, DateOnly cutOff)
    {
        var (nameColumn, join) = Member(slice);
        using var connection = warehouse.OpenConnection();
        var rows = connection.Query<(string Name, DateOnly Day, long Filed)>(warehouse.Sql($"""
            SELECT {nameColumn} AS name, f.filed_on AS day, CAST(count(*) AS BIGINT) AS filed
            FROM fct_petition f {join}
            WHERE f.filed_on <= @cutOff
            GROUP BY 1, 2
            """), new { cutOff }).ToList();
        return rows
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Dense(new SeriesKey(slice, g.Key), g.Select(r => (r.Day, (double)r.Filed)), cutOff))
            .ToList();
    }

    /// <summary>
    /// The SQL naming a petition's member of <paramref name="slice"/> (alias f for fct_petition) and the join it needs;
    /// petitions with no topic belong to no topic series.
    /// </summary>
    internal static (string NameColumn, string Join) Member(ArrivalSlice slice) => slice switch
    {
        ArrivalSlice.Dependency => ("d.name", "JOIN dim_dependency d ON d.dependency_id = f.dependency_id"),
        ArrivalSlice.Channel => ("c.name", "JOIN dim_channel c ON c.channel_id = f.channel_id"),
        ArrivalSlice.Type => ("t.name", "JOIN dim_petition_type t ON t.type_id = f.type_id"),
        ArrivalSlice.Topic => ("m.name", "JOIN dim_topic m ON m.topic_id = f.topic_id"),
        _ => ("'Entidad'", ""),
    };

    /// <summary>The latest filing day in the warehouse, or null when it holds no petitions.</summary>
    public static DateOnly? LastFilingDay(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return DateOf(connection.ExecuteScalar("SELECT max(filed_on) FROM fct_petition"));
    }

    /// <summary>A date cell as either engine gives it (DuckDB a DateOnly, Npgsql a DateTime); null for NULL.</summary>
    internal static DateOnly? DateOf(object? cell) => cell switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => null,
    };

    /// <summary>The only entity's name when the warehouse holds exactly one (its non-working days apply), else null.</summary>
    public static string? OnlyEntity(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var names = connection.Query<string>("SELECT name FROM dim_entity").ToList();
        return names.Count == 1 ? names[0] : null;
    }

    /// <summary>Counts per day from the first filing to the cut-off, zeros on the days without filings.</summary>
    public static DailyArrivals Dense(SeriesKey key, IEnumerable<(DateOnly Day, double Filed)> days, DateOnly cutOff)
    {
        var list = days.Where(d => d.Day <= cutOff).ToList();
        if (list.Count == 0)
            return new DailyArrivals(key, cutOff, [0]);
        var start = list.Min(d => d.Day);
        var counts = new double[cutOff.DayNumber - start.DayNumber + 1];
        foreach (var (day, filed) in list)
            counts[day.DayNumber - start.DayNumber] += filed;
        return new DailyArrivals(key, start, counts);
    }
}
