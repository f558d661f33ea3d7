using System.Globalization;
using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

/// <summary>Every row of every table of a warehouse, as text, in a fixed order: what "nothing was lost" is checked against.</summary>
internal static class WarehouseRows
{
    public static SortedDictionary<string, List<string>> Read(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var tables = connection.Query<string>("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            """).ToList();
        var all = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = connection.Query($"SELECT * FROM \"{table}\"")
                .Select(row => string.Join("|", ((IDictionary<string, object?>)row).Select(c => c.Key + "=" + Convert.ToString(c.Value, CultureInfo.InvariantCulture))))
                .Order(StringComparer.Ordinal).ToList();
            all[table] = rows;
        }
        return all;
    }
}
