using System.Globalization;
using System.Text;
using Dapper;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.TestSupport.Forecast;

/// <summary>
/// Writes daily arrival counts into fct_petition of a test warehouse as that many petitions filed that day (open,
/// 15-day term, due 21 days later), by dependency and channel, in multi-row inserts: a forecast test needs
/// thousands of petitions and cares only about when they were filed.
/// </summary>
public sealed class ArrivalFixture(Warehouse warehouse)
{
    private readonly PetitionFixture _rows = new(warehouse);
    private int _next;

    public int Entity(string name) => _rows.Entity(name);

    public int Dependency(int entity, string name) => _rows.Dependency(entity, name);

    /// <summary>Adds <paramref name="arrivals"/>' counts as petitions of one dependency and channel code.</summary>
    public void Add(int entity, int dependency, string channel, DailyArrivals arrivals, string type = "peticion")
    {
        var values = new List<string>();
        for (var i = 0; i < arrivals.Counts.Length; i++)
        {
            var day = arrivals.Start.AddDays(i);
            for (var n = 0; n < (int)arrivals.Counts[i]; n++)
                values.Add(string.Create(CultureInfo.InvariantCulture,
                    $"({entity}, 'A{++_next}', 'prueba', '{type}', '{channel}', {dependency}, DATE '{day:yyyy-MM-dd}', {day.Year * 10000 + day.Month * 100 + day.Day}, 15, DATE '{day.AddDays(21):yyyy-MM-dd}')"));
        }
        using var connection = warehouse.OpenConnection();
        foreach (var chunk in values.Chunk(2000))
        {
            var sql = new StringBuilder("""
                INSERT INTO fct_petition (entity_id, radicado, source, type_id, channel_id, dependency_id, filed_on, filed_date_key,
                    term_days, due_on, effective_due_on, row_hash, loaded_at, updated_at, outcome_code)
                SELECT v.entity, v.radicado, v.source, t.type_id, c.channel_id, v.dependency, v.filed_on, v.filed_key,
                    v.term_days, v.due_on, v.due_on, v.radicado, TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-01 00:00:00',
                    petition_outcome_code(v.term_days, v.due_on, NULL, NULL)
                FROM (VALUES
                """);
            sql.AppendJoin(",\n", chunk);
            sql.Append("""
                ) AS v(entity, radicado, source, type_code, channel_code, dependency, filed_on, filed_key, term_days, due_on)
                JOIN dim_petition_type t ON t.code = v.type_code
                JOIN dim_channel c ON c.code = v.channel_code
                """);
            connection.Execute(sql.ToString());
        }
    }

    /// <summary>Removes every petition filed after <paramref name="day"/>.</summary>
    public void DeleteAfter(DateOnly day)
    {
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql("DELETE FROM fct_petition WHERE filed_on > @day"), new { day });
    }
}
