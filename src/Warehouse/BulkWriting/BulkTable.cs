using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Native;

namespace IndicadoresServicio.Warehousing.BulkWriting;

/// <summary>
/// A table's columns written once, in table order: each column's name, its type and how a row of
/// <typeparamref name="TRow"/> gives its value. The bulk writers (DuckDB data chunks, PostgreSQL binary COPY) take
/// their column order and encoding from it, and SQL scripts their column lists (<see cref="Expand"/>), so a column
/// added by a migration is one line here; a test compares the description with each engine's catalogue.
/// </summary>
/// <remarks>
/// A value costs one virtual call and one delegate call, and is never boxed: a million rows of 27 columns measured
/// within noise of the hand-written encoders (bench/RESULTS.md, «Descripción única de las tablas de hechos»).
/// </remarks>
public sealed partial class BulkTable<TRow>
{
    private readonly BulkColumn<TRow>[] _columns;
    private readonly BulkColumn<TRow>[] _texts;

    public BulkTable(string name, params BulkColumn<TRow>[] columns)
    {
        Name = name;
        _columns = columns;
        _texts = [.. columns.Where(c => c.DuckDbType == DuckDBType.Varchar)];
        Names = [.. columns.Select(c => c.Name)];
        DuckDbTypes = new DuckDbChunk.ColumnTypes([.. columns.Select(c => c.DuckDbType)]);
    }

    public string Name { get; }

    /// <summary>The column names in table order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The column types of a DuckDB data chunk for this table (DuckDB's appender writes by position).</summary>
    public DuckDbChunk.ColumnTypes DuckDbTypes { get; }

    /// <summary>
    /// The same table without a column the engine fills itself (PostgreSQL's COPY leaves a defaulted id to
    /// <c>nextval()</c>; DuckDB's appender cannot evaluate one).
    /// </summary>
    public BulkTable<TRow> Without(string column) =>
        new(Name, [.. _columns.Where(c => c.Name != column)]);

    /// <summary>The names of the columns in a group, in table order.</summary>
    public IEnumerable<string> Group(string group) => _columns.Where(c => c.Group == group).Select(c => c.Name);

    /// <summary>Lays one row into a chunk, every column.</summary>
    public void Write(DuckDbChunk chunk, int row, in TRow value)
    {
        var columns = _columns;
        for (var column = 0; column < columns.Length; column++)
            columns[column].Write(chunk, column, row, value);
    }

    /// <summary>Starts and writes one row of a COPY opened with <see cref="Copy"/>.</summary>
    public void Write(BinaryCopy copy, in TRow value)
    {
        var (columns, texts) = (_columns, _texts);
        var textBytes = 0;
        for (var text = 0; text < texts.Length; text++)
            textBytes += texts[text].MaxTextBytes(value);
        copy.StartRow(textBytes);
        for (var column = 0; column < columns.Length; column++)
            columns[column].Write(copy, value);
    }

    /// <summary>A binary COPY into this table naming every described column, in order.</summary>
    public BinaryCopy Copy(Npgsql.NpgsqlConnection connection) => BinaryCopy.Begin(connection, Name, Names);

    /// <summary>DuckDB's appender into this table, which must have exactly the described columns.</summary>
    public DuckDbChunkAppender Append(DuckDB.NET.Data.DuckDBConnection connection) => DuckDbChunkAppender.Open(connection, Name, DuckDbTypes);

    /// <summary>
    /// Expands this table's column lists in a script: <c>{table.group}</c> becomes the group's columns
    /// (<c>a, b</c>) and <c>{table.group = s.}</c> an assignment of each from alias <c>s</c>
    /// (<c>a = s.a, b = s.b</c>), for an UPDATE's SET. An unknown group is an error, not an empty list.
    /// </summary>
    public string Expand(string sql) => Placeholder().Replace(sql, match =>
    {
        if (match.Groups["table"].Value != Name)
            return match.Value;
        var names = Group(match.Groups["group"].Value).ToList();
        if (names.Count == 0)
            throw new InvalidOperationException($"{Name} no tiene columnas del grupo «{match.Groups["group"].Value}» ({match.Value}).");
        var alias = match.Groups["alias"];
        return alias.Success
            ? string.Join(", ", names.Select(n => $"{n} = {alias.Value}.{n}"))
            : string.Join(", ", names);
    });

    [GeneratedRegex(@"\{(?<table>\w+)\.(?<group>\w+)(\s*=\s*(?<alias>\w+)\.)?\}")]
    private static partial Regex Placeholder();
}

/// <summary>Gets a column's value from a row, without copying the row.</summary>
public delegate T CellOf<TRow, out T>(in TRow row);

/// <summary>One described column: its name, its DuckDB type and its encoding for each engine's bulk path.</summary>
public abstract class BulkColumn<TRow>(string name, DuckDBType duckDbType)
{
    public string Name { get; } = name;

    public DuckDBType DuckDbType { get; } = duckDbType;

    /// <summary>A name the SQL scripts use for a set of columns (<see cref="BulkTable{TRow}.Expand"/>).</summary>
    public string? Group { get; init; }

    internal abstract void Write(DuckDbChunk chunk, int column, int row, in TRow value);

    internal abstract void Write(BinaryCopy copy, in TRow value);

    /// <summary>The most bytes the value can take as UTF-8 (texts only), so that a COPY row is known to fit.</summary>
    internal virtual int MaxTextBytes(in TRow value) => 0;
}

/// <summary>The column kinds the warehouse's bulk-written tables use.</summary>
public static class BulkColumns<TRow>
{
    public static BulkColumn<TRow> Int(string name, CellOf<TRow, int?> value, string? group = null) => new IntColumn(name, value) { Group = group };

    public static BulkColumn<TRow> Long(string name, CellOf<TRow, long> value, string? group = null) => new LongColumn(name, value) { Group = group };

    public static BulkColumn<TRow> Text(string name, CellOf<TRow, string?> value, string? group = null) => new TextColumn(name, value) { Group = group };

    public static BulkColumn<TRow> Date(string name, CellOf<TRow, DateOnly?> value, string? group = null) => new DateColumn(name, value) { Group = group };

    public static BulkColumn<TRow> Bool(string name, CellOf<TRow, bool?> value, string? group = null) => new BoolColumn(name, value) { Group = group };

    public static BulkColumn<TRow> Timestamp(string name, CellOf<TRow, DateTime> value, string? group = null) => new TimestampColumn(name, value) { Group = group };

    private sealed class IntColumn(string name, CellOf<TRow, int?> value) : BulkColumn<TRow>(name, DuckDBType.Integer)
    {
        internal override void Write(DuckDbChunk chunk, int column, int row, in TRow r) => chunk.Int(column, row, value(r));

        internal override void Write(BinaryCopy copy, in TRow r) => copy.Int(value(r));
    }

    private sealed class LongColumn(string name, CellOf<TRow, long> value) : BulkColumn<TRow>(name, DuckDBType.BigInt)
    {
        internal override void Write(DuckDbChunk chunk, int column, int row, in TRow r) => chunk.Long(column, row, value(r));

        internal override void Write(BinaryCopy copy, in TRow r) => copy.Long(value(r));
    }

    private sealed class TextColumn(string name, CellOf<TRow, string?> value) : BulkColumn<TRow>(name, DuckDBType.Varchar)
    {
        internal override void Write(DuckDbChunk chunk, int column, int row, in TRow r) => chunk.Text(column, row, value(r));

        internal override void Write(BinaryCopy copy, in TRow r) => copy.Text(value(r));

        internal override int MaxTextBytes(in TRow r) => value(r) is { } text ? Encoding.UTF8.GetMaxByteCount(text.Length) : 0;
    }

    private sealed class DateColumn(string name, CellOf<TRow, DateOnly?> value) : BulkColumn<TRow>(name, DuckDBType.Date)
    {
        internal override void Write(DuckDbChunk chunk, int column, int row, in TRow r) => chunk.Date(column, row, value(r));

        internal override void Write(BinaryCopy copy, in TRow r) => copy.Date(value(r));
    }

    private sealed class BoolColumn(string name, CellOf<TRow, bool?> value) : BulkColumn<TRow>(name, DuckDBType.Boolean)
    {
        internal override void Write(DuckDbChunk chunk, int column, int row, in TRow r) => chunk.Bool(column, row, value(r));

        internal override void Write(BinaryCopy copy, in TRow r) => copy.Bool(value(r));
    }

    private sealed class TimestampColumn(string name, CellOf<TRow, DateTime> value) : BulkColumn<TRow>(name, DuckDBType.Timestamp)
    {
        internal override void Write(DuckDbChunk chunk, int column, int row, in TRow r) => chunk.Long(column, row, DuckDbChunk.Timestamp(value(r)));

        internal override void Write(BinaryCopy copy, in TRow r) => copy.Long(BinaryCopy.Timestamp(value(r)));
    }
}
