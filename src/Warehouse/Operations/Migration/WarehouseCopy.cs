using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Warehousing.Operations.Backup;
using Npgsql;

namespace IndicadoresServicio.Warehousing.Operations.Migration;

/// <summary>
/// Copies an embedded DuckDB warehouse into a PostgreSQL one, in a single transaction on the target: every table the
/// target's schema has (read from its catalog, so a table a future migration adds comes along), by binary COPY, then
/// the sequences, then the row counts of both sides compared before the commit. A failure or Ctrl+C rolls it all back.
/// Only counts and table names are reported: rows hold what the loaders kept, and none of it goes to a log.
/// </summary>
public static class WarehouseCopy
{
    /// <summary>Tables that are not the warehouse's data, each with why it is not copied.</summary>
    public static IReadOnlyList<(string Table, string Reason)> NotCopied { get; } =
    [
        ("schema_version", "la bitácora de migraciones: PostgreSQL lleva la suya"),
        ("qrtz_*", "la programación de Quartz: el servidor la crea en PostgreSQL al arrancar"),
    ];

    private const int ProgressEvery = 250_000;

    public sealed record CopiedTable(string Name, long Rows, TimeSpan Took);

    public sealed record Outcome(IReadOnlyList<CopiedTable> Tables, IReadOnlyDictionary<string, long> Sequences, long StrippedNuls);

    /// <summary>
    /// The target holds data when a table other than a dimension has rows: the migrations seed dimensions (dates,
    /// channels, types), a load or an account writes the rest. Counted without Quartz's tables and without schema_version.
    /// </summary>
    public static bool HoldsData(IReadOnlyDictionary<string, long> counts) =>
        counts.Any(c => c.Value > 0 && !c.Key.StartsWith("dim_", StringComparison.Ordinal) && !IsSkipped(c.Key));

    /// <summary>What the target holds, for the refusal: the headline tables by name, then any other by table.</summary>
    public static string Describe(IReadOnlyDictionary<string, long> counts)
    {
        var headline = WarehouseContents.Describe(counts);
        var others = counts.Where(c => c.Value > 0 && !c.Key.StartsWith("dim_", StringComparison.Ordinal) && !IsSkipped(c.Key))
            .Select(c => $"{c.Key}: {c.Value.ToString("N0", CultureInfo.GetCultureInfo("es-CO"))}").ToList();
        return WarehouseContents.InUse(counts) ? headline : string.Join(", ", others);
    }

    public static Outcome Copy(Warehouse source, Warehouse target, bool replace, Action<string> progress, CancellationToken cancellation)
    {
        using var reader = source.ReadOnly().OpenConnection();
        var sourceColumns = reader.Query<(string Table, string Name)>("""
                SELECT c.table_name, c.column_name
                FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                """)
            .GroupBy(c => c.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Name).ToList(), StringComparer.Ordinal);

        // A long COPY or count must not be cut by the default 30 s command timeout.
        var unlimited = new NpgsqlConnectionStringBuilder(target.ConnectionString) { CommandTimeout = 0 };
        using var writer = (NpgsqlConnection)Warehouse.Postgres(unlimited.ConnectionString).OpenConnection();
        using var transaction = writer.BeginTransaction();
        var targetColumns = writer.Query<(string Table, string Name, string DataType)>("""
            SELECT c.table_name, c.column_name, c.data_type
            FROM information_schema.columns c JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position::int
            """, transaction: transaction)
            .GroupBy(c => c.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => new TargetColumn(c.Table, c.Name, c.DataType)).ToList(), StringComparer.Ordinal);

        var present = WarehouseContents.Count(target, writer, transaction);
        if (HoldsData(present) && !replace)
            throw new WarehouseException($"La bodega {target.Description} ya tiene datos ({Describe(present)}); no se cambió nada. " +
                                         "Para reemplazarlos con la bodega DuckDB use --reemplazar.");

        var tables = targetColumns.Keys.Where(t => !IsSkipped(t)).Order(StringComparer.Ordinal).ToList();
        var lost = sourceColumns.Keys.Where(t => !IsSkipped(t) && !targetColumns.ContainsKey(t)).ToList();
        if (lost.Count > 0)
            throw new WarehouseException($"La bodega PostgreSQL no tiene las tablas {string.Join(", ", lost)} de la bodega DuckDB: no se copió nada. " +
                                         "¿Son de una versión más nueva del programa? Actualice la instalación y repita.");

        progress($"No se copian {string.Join(" ni ", NotCopied.Select(n => $"{n.Table} ({n.Reason})"))}.");
        progress($"Vaciando {tables.Count} tablas de {target.Description}…");
        writer.Execute($"TRUNCATE {string.Join(", ", tables.Select(Quote))}", transaction: transaction);

        var copied = new List<CopiedTable>();
        long strippedNuls = 0;
        foreach (var table in tables)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!sourceColumns.TryGetValue(table, out var fromColumns))
            {
                progress($"  {table}: no existe en la bodega DuckDB, queda vacía");
                copied.Add(new CopiedTable(table, 0, TimeSpan.Zero));
                continue;
            }
            var into = targetColumns[table].Where(c => fromColumns.Contains(c.Name)).ToList();
            var missing = fromColumns.Where(name => into.All(c => c.Name != name)).ToList();
            if (missing.Count > 0)
                throw new WarehouseException($"La tabla {table} de PostgreSQL no tiene las columnas {string.Join(", ", missing)} de la bodega DuckDB: no se copió nada.");
            var clock = Stopwatch.StartNew();
            var rows = CopyTable(reader, writer, table, into, progress, ref strippedNuls, cancellation);
            copied.Add(new CopiedTable(table, rows, clock.Elapsed));
            progress($"  {table}: {Rows(rows)} ({clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("es-CO"))} s)");
        }

        progress("Comparando las filas de cada tabla…");
        var fromCounts = WarehouseContents.Count(source, reader);
        var toCounts = WarehouseContents.Count(target, writer, transaction);
        var differences = tables
            .Where(t => fromCounts.GetValueOrDefault(t) != toCounts.GetValueOrDefault(t))
            .Select(t => $"{t}: {fromCounts.GetValueOrDefault(t)} en DuckDB y {toCounts.GetValueOrDefault(t)} en PostgreSQL").ToList();
        if (differences.Count > 0)
            throw new WarehouseException($"Las filas no coinciden ({string.Join("; ", differences)}): no se guardó nada en PostgreSQL.");

        var sequences = SequenceValues.Carry(reader, writer, transaction);
        cancellation.ThrowIfCancellationRequested();
        transaction.Commit();
        return new Outcome(copied, sequences, strippedNuls);
    }

    public static bool IsSkipped(string table) =>
        table == "schema_version" || table.StartsWith("qrtz", StringComparison.OrdinalIgnoreCase);

    private static long CopyTable(DbConnection reader, NpgsqlConnection writer, string table, IReadOnlyList<TargetColumn> columns,
        Action<string> progress, ref long strippedNuls, CancellationToken cancellation)
    {
        var list = string.Join(", ", columns.Select(c => Quote(c.Name)));
        using var select = reader.CreateCommand();
        select.CommandText = $"SELECT {list} FROM {Quote(table)}";
        using var rows = select.ExecuteReader();
        using var import = writer.BeginBinaryImport($"COPY {Quote(table)} ({list}) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        while (rows.Read())
        {
            import.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (rows.IsDBNull(i))
                {
                    import.WriteNull();
                    continue;
                }
                var value = columns[i].Convert(rows.GetValue(i), out var stripped);
                if (stripped)
                    strippedNuls++;
                import.Write(value, columns[i].Type);
            }
            if (++count % ProgressEvery == 0)
            {
                cancellation.ThrowIfCancellationRequested();
                progress($"  {table}: {Rows(count)}…");
            }
        }
        import.Complete();
        return count;
    }

    private static string Rows(long count) => count == 1 ? "1 fila" : $"{count.ToString("N0", CultureInfo.GetCultureInfo("es-CO"))} filas";

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
