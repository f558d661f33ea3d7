using System.Data.Common;
using System.Globalization;
using Dapper;

namespace IndicadoresServicio.Warehousing.Operations.Backup;

/// <summary>How many rows each table of a warehouse holds, and what a person would call the ones that matter.</summary>
public static class WarehouseContents
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>The tables whose rows mean the warehouse is in use (dimensions and dates are seeded by the migrations).</summary>
    private static readonly (string Table, string Name)[] Headline =
    [
        ("fct_petition", "peticiones"),
        ("fct_survey_response", "respuestas de encuesta"),
        ("fct_paac_activity", "actividades del PAAC"),
        ("fct_plan_value", "valores del plan"),
        ("app_user", "usuarios"),
        ("etl_run", "cargas registradas"),
        ("etl_quarantine", "filas en cuarentena"),
    ];

    /// <summary>Every base table of the warehouse's schema with its row count; Quartz's own tables are the scheduler's, not data.</summary>
    public static SortedDictionary<string, long> Count(Warehouse warehouse, DbConnection connection, DbTransaction? transaction = null)
    {
        var tables = connection.Query<string>("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'qrtz%'
            """, transaction: transaction).ToList();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
            counts[table] = connection.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\"", transaction: transaction);
        return counts;
    }

    public static SortedDictionary<string, long> Count(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return Count(warehouse, connection);
    }

    public static bool InUse(IReadOnlyDictionary<string, long> counts) =>
        Headline.Any(h => counts.TryGetValue(h.Table, out var n) && n > 0);

    /// <summary>"1.234 peticiones, 3 usuarios, 12 cargas registradas" (what is there, in Spanish, zeros left out).</summary>
    public static string Describe(IReadOnlyDictionary<string, long> counts)
    {
        var parts = Headline.Where(h => counts.TryGetValue(h.Table, out var n) && n > 0)
            .Select(h => $"{counts[h.Table].ToString("N0", Colombia)} {h.Name}").ToList();
        return parts.Count == 0 ? "ningún dato cargado" : string.Join(", ", parts);
    }
}
