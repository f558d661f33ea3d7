using Dapper;
using DuckDB.NET.Native;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// A table's columns as the engine's catalogue has them and as a description (<see cref="BulkTable{TRow}"/>) says
/// them, both spelled the catalogue's way, so that a test compares the two lists with one assertion.
/// </summary>
internal static class TableCatalogue
{
    /// <summary>(name, type) in table order; a type's width and scale (DuckDB's <c>decimal(7,3)</c>) left off.</summary>
    public static List<(string Name, string Type)> Columns(Warehouse warehouse, string table)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<(string Name, string Type)>(warehouse.Sql("""
            SELECT column_name, lower(data_type) FROM information_schema.columns
            WHERE table_name = @table AND table_schema = current_schema() ORDER BY ordinal_position
            """), new { table }).Select(c => (c.Name, c.Type.Split('(')[0])).ToList();
    }

    public static List<(string Name, string Type)> Described<TRow>(BulkTable<TRow> table, WarehouseEngine engine) =>
        [.. table.Columns.Select(c => (c.Name, TypeName(c.DuckDbType, engine)))];

    /// <summary>information_schema's name for each type a description uses, as each engine spells it.</summary>
    private static string TypeName(DuckDBType type, WarehouseEngine engine) => (type, engine) switch
    {
        (DuckDBType.SmallInt, _) => "smallint",
        (DuckDBType.Integer, _) => "integer",
        (DuckDBType.BigInt, _) => "bigint",
        (DuckDBType.Date, _) => "date",
        (DuckDBType.Boolean, _) => "boolean",
        (DuckDBType.Varchar, WarehouseEngine.DuckDb) => "varchar",
        (DuckDBType.Varchar, _) => "character varying",
        (DuckDBType.Timestamp, WarehouseEngine.DuckDb) => "timestamp",
        (DuckDBType.Timestamp, _) => "timestamp without time zone",
        (DuckDBType.Double, WarehouseEngine.DuckDb) => "double",
        (DuckDBType.Double, _) => "double precision",
        (DuckDBType.Decimal, WarehouseEngine.DuckDb) => "decimal",
        (DuckDBType.Decimal, _) => "numeric",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Un tipo que ninguna descripción de tabla usa."),
    };
}
