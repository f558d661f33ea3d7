using System.Data.Common;
using System.Text;
using Dapper;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// INSERT and UPDATE statements for the tables a load writes by the hundred (SurveyTables, PaacTables, PlanTables),
/// made from each table's one description: their column lists and parameters are never written by hand, so a column
/// a migration adds is one line of the description, and <c>DatasetTablesTests</c> compares every description with
/// each engine's catalogue. A column's parameter is named after it.
/// </summary>
internal static class TableRows
{
    /// <summary>The group of columns that names one row for an UPDATE's WHERE: its id, or its key.</summary>
    public const string Key = "key";

    /// <summary>The group of columns an UPDATE rewrites when a re-load finds the row changed.</summary>
    public const string Attributes = "attributes";

    /// <summary>Rows per INSERT: a few thousand parameters per statement at most, well under either engine's limits.</summary>
    private const int Batch = 200;

    /// <summary>Inserts the rows, a batch per statement, into every described column.</summary>
    public static void Insert<TRow>(this BulkTable<TRow> table, Warehouse warehouse, DbConnection connection, DbTransaction transaction,
        IEnumerable<TRow> rows, CancellationToken cancellation = default)
    {
        foreach (var chunk in rows.Chunk(Batch))
        {
            cancellation.ThrowIfCancellationRequested();
            var (sql, parameters) = InsertOf(table, chunk);
            connection.Execute(warehouse.Sql(sql), parameters, transaction);
        }
    }

    /// <summary>Inserts one row and returns the value the engine gave its <paramref name="returning"/> column (a sequence's id).</summary>
    public static long InsertReturning<TRow>(this BulkTable<TRow> table, Warehouse warehouse, DbConnection connection,
        DbTransaction transaction, TRow row, string returning)
    {
        var (sql, parameters) = InsertOf(table, [row]);
        return connection.QuerySingle<long>(warehouse.Sql($"{sql} RETURNING {returning}"), parameters, transaction);
    }

    /// <summary>Rewrites the row's <see cref="Attributes"/> columns in the stored row its <see cref="Key"/> columns name.</summary>
    public static void Update<TRow>(this BulkTable<TRow> table, Warehouse warehouse, DbConnection connection, DbTransaction transaction, TRow row)
    {
        var parameters = new DynamicParameters();
        foreach (var column in table.Columns.Where(c => c.Group is Attributes or Key))
            parameters.Add(column.Name, column.ValueOf(row));
        connection.Execute(warehouse.Sql($"""
            UPDATE {table.Name} SET {string.Join(", ", table.Group(Attributes).Select(c => $"{c} = @{c}"))}
            WHERE {string.Join(" AND ", table.Group(Key).Select(c => $"{c} = @{c}"))}
            """), parameters, transaction);
    }

    private static (string Sql, DynamicParameters Parameters) InsertOf<TRow>(BulkTable<TRow> table, TRow[] rows)
    {
        var sql = new StringBuilder($"INSERT INTO {table.Name} ({string.Join(", ", table.Names)}) VALUES ");
        var parameters = new DynamicParameters();
        for (var r = 0; r < rows.Length; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = $"p{r}_{c}";
                sql.Append(c == 0 ? "" : ", ").Append('@').Append(name);
                parameters.Add(name, table.Columns[c].ValueOf(rows[r]));
            }
            sql.Append(')');
        }
        return (sql.ToString(), parameters);
    }
}
