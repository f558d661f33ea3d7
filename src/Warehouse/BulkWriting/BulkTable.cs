using System.Linq.Expressions;
using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Native;

namespace IndicadoresServicio.Warehousing.BulkWriting;

/// <summary>
/// A table's columns written once, in table order: each column's name, its type and how a row of
/// <typeparamref name="TRow"/> gives its value. The bulk writers (DuckDB data chunks, PostgreSQL binary COPY) take
/// their column order and encoding from it, and SQL scripts their column lists (<see cref="Expand"/>), so a column
/// added by a migration is one line here; a test compares the description with each engine's catalogue. Tables of a
/// few hundred rows a load are described the same way and written by INSERT from <see cref="Columns"/>.
/// </summary>
/// <remarks>
/// Each engine's row writer is compiled once from the columns' expressions into one method that calls the encoder
/// of each column in turn, as the hand-written writers did: no call per value through a delegate or a virtual
/// method, nothing boxed. With a delegate and a virtual call per value, a million rows of 27 columns took ~0.6 s
/// more CPU on PostgreSQL's COPY (bench/RESULTS.md, «Cada tabla de hechos descrita una vez»).
/// </remarks>
public sealed partial class BulkTable<TRow>
{
    private readonly BulkColumn<TRow>[] _columns;
    private Action<DuckDbChunk, int, TRow>? _chunkRow;
    private Action<BinaryCopy, TRow>? _copyRow;

    public BulkTable(string name, params BulkColumn<TRow>[] columns)
    {
        Name = name;
        _columns = columns;
        Names = [.. columns.Select(c => c.Name)];
    }

    public string Name { get; }

    /// <summary>The columns in table order.</summary>
    public IReadOnlyList<BulkColumn<TRow>> Columns => _columns;

    /// <summary>The column names in table order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The column types of a DuckDB data chunk for this table (DuckDB's appender writes by position). Made when first
    /// asked: a table written by INSERT may have types (DECIMAL) that a data chunk cannot be made of without a width.
    /// </summary>
    public DuckDbChunk.ColumnTypes DuckDbTypes => field ??= new DuckDbChunk.ColumnTypes([.. _columns.Select(c => c.DuckDbType)]);

    /// <summary>
    /// The same table without a column the engine fills itself (PostgreSQL's COPY leaves a defaulted id to
    /// <c>nextval()</c>; DuckDB's appender cannot evaluate one).
    /// </summary>
    public BulkTable<TRow> Without(string column) =>
        new(Name, [.. _columns.Where(c => c.Name != column)]);

    /// <summary>The names of the columns in a group, in table order.</summary>
    public IEnumerable<string> Group(string group) => _columns.Where(c => c.Group == group).Select(c => c.Name);

    /// <summary>Lays one row into a chunk, every column.</summary>
    public void Write(DuckDbChunk chunk, int row, in TRow value) => (_chunkRow ??= CompileChunkRow())(chunk, row, value);

    /// <summary>Starts and writes one row of a COPY opened with <see cref="Copy"/>.</summary>
    public void Write(BinaryCopy copy, in TRow value) => (_copyRow ??= CompileCopyRow())(copy, value);

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

    /// <summary>(chunk, row, value) => { chunk.Int(0, row, value…); chunk.Text(1, row, value…); … }</summary>
    private Action<DuckDbChunk, int, TRow> CompileChunkRow()
    {
        var (chunk, row, value) = (Expression.Parameter(typeof(DuckDbChunk)), Expression.Parameter(typeof(int)), Expression.Parameter(typeof(TRow)));
        var writes = _columns.Select((column, index) =>
        {
            var cell = Expression.Invoke(column.Value, value);
            return column.DuckDbType == DuckDBType.Timestamp
                ? Expression.Call(chunk, nameof(DuckDbChunk.Long), null, Expression.Constant(index), row,
                    Expression.Call(typeof(DuckDbChunk), nameof(DuckDbChunk.Timestamp), null, cell))
                : Expression.Call(chunk, EncoderName(column.DuckDbType), null, Expression.Constant(index), row, cell);
        });
        return Expression.Lambda<Action<DuckDbChunk, int, TRow>>(Expression.Block(writes), chunk, row, value).Compile();
    }

    /// <summary>(copy, value) => { texts into locals; copy.StartRow(their bytes); copy.Int(value…); copy.Text(local); … }</summary>
    private Action<BinaryCopy, TRow> CompileCopyRow()
    {
        var (copy, value) = (Expression.Parameter(typeof(BinaryCopy)), Expression.Parameter(typeof(TRow)));
        var texts = _columns.Where(c => c.DuckDbType == DuckDBType.Varchar).ToDictionary(c => c, _ => Expression.Variable(typeof(string)));
        var body = new List<Expression>();
        foreach (var (column, text) in texts)
            body.Add(Expression.Assign(text, Expression.Invoke(column.Value, value)));
        body.Add(Expression.Call(copy, nameof(BinaryCopy.StartRow), null, texts.Values
            .Select(text => (Expression)Expression.Call(typeof(BinaryCopy), nameof(BinaryCopy.MaxBytes), null, text))
            .Aggregate((Expression)Expression.Constant(0), Expression.Add)));
        foreach (var column in _columns)
        {
            Expression cell = texts.TryGetValue(column, out var text) ? text : Expression.Invoke(column.Value, value);
            body.Add(column.DuckDbType == DuckDBType.Timestamp
                ? Expression.Call(copy, nameof(BinaryCopy.Long), null, Expression.Call(typeof(BinaryCopy), nameof(BinaryCopy.Timestamp), null, cell))
                : Expression.Call(copy, EncoderName(column.DuckDbType), null, cell));
        }
        return Expression.Lambda<Action<BinaryCopy, TRow>>(Expression.Block(texts.Values, body), copy, value).Compile();
    }

    /// <summary>The encoder method both <see cref="DuckDbChunk"/> and <see cref="BinaryCopy"/> have for a type.</summary>
    private static string EncoderName(DuckDBType type) => type switch
    {
        DuckDBType.Integer => nameof(DuckDbChunk.Int),
        DuckDBType.BigInt => nameof(DuckDbChunk.Long),
        DuckDBType.Varchar => nameof(DuckDbChunk.Text),
        DuckDBType.Date => nameof(DuckDbChunk.Date),
        DuckDBType.Boolean => nameof(DuckDbChunk.Bool),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Un tipo que los escritores masivos no codifican."),
    };

    [GeneratedRegex(@"\{(?<table>\w+)\.(?<group>\w+)(\s*=\s*(?<alias>\w+)\.)?\}")]
    private static partial Regex Placeholder();
}

/// <summary>One described column: its name, its DuckDB type, and the expression that takes its value from a row.</summary>
public sealed class BulkColumn<TRow>(string name, DuckDBType duckDbType, LambdaExpression value)
{
    public string Name { get; } = name;

    public DuckDBType DuckDbType { get; } = duckDbType;

    /// <summary>A name the SQL scripts use for a set of columns (<see cref="BulkTable{TRow}.Expand"/>).</summary>
    public string? Group { get; init; }

    internal LambdaExpression Value { get; } = value;

    /// <summary>
    /// The same column in a table whose rows hold a <typeparamref name="TRow"/> (<paramref name="part"/>): columns two
    /// tables share are described once. The value's expression reads through the part as if written by hand
    /// (<c>r => r.Petition.FiledOn</c>), so the compiled row writers are the same.
    /// </summary>
    public BulkColumn<TOuter> Within<TOuter>(Expression<Func<TOuter, TRow>> part, string? group = null) =>
        new(Name, DuckDbType, Expression.Lambda(
            new ParameterSwap(Value.Parameters[0], part.Body).Visit(Value.Body), part.Parameters[0]))
        { Group = group };

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>
    /// The column's value for a row, boxed: for statements that bind parameters (a few hundred rows by INSERT) and for
    /// checks. The bulk writers never call it; they compile <see cref="Value"/> into their own row writer.
    /// </summary>
    public object? ValueOf(TRow row) => (_boxed ??= Box())(row);

    private Func<TRow, object?>? _boxed;

    private Func<TRow, object?> Box()
    {
        var row = Expression.Parameter(typeof(TRow));
        return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(Expression.Invoke(Value, row), typeof(object)), row).Compile();
    }
}

/// <summary>
/// The column kinds the warehouse's bulk-written tables use, each with the value type its encoders take; one
/// instance per row type, so that a description's lambdas need no type arguments.
/// </summary>
public sealed class BulkColumns<TRow>
{
    public BulkColumn<TRow> Int(string name, Expression<Func<TRow, int?>> value, string? group = null) => new(name, DuckDBType.Integer, value) { Group = group };

    public BulkColumn<TRow> Long(string name, Expression<Func<TRow, long>> value, string? group = null) => new(name, DuckDBType.BigInt, value) { Group = group };

    public BulkColumn<TRow> Text(string name, Expression<Func<TRow, string?>> value, string? group = null) => new(name, DuckDBType.Varchar, value) { Group = group };

    public BulkColumn<TRow> Date(string name, Expression<Func<TRow, DateOnly?>> value, string? group = null) => new(name, DuckDBType.Date, value) { Group = group };

    public BulkColumn<TRow> Bool(string name, Expression<Func<TRow, bool?>> value, string? group = null) => new(name, DuckDBType.Boolean, value) { Group = group };

    public BulkColumn<TRow> Timestamp(string name, Expression<Func<TRow, DateTime>> value, string? group = null) => new(name, DuckDBType.Timestamp, value) { Group = group };

    // The kinds below only tables written by INSERT have; the bulk writers do not encode them.

    public BulkColumn<TRow> SmallInt(string name, Expression<Func<TRow, short?>> value, string? group = null) => new(name, DuckDBType.SmallInt, value) { Group = group };

    public BulkColumn<TRow> Double(string name, Expression<Func<TRow, double?>> value, string? group = null) => new(name, DuckDBType.Double, value) { Group = group };

    public BulkColumn<TRow> Decimal(string name, Expression<Func<TRow, decimal?>> value, string? group = null) => new(name, DuckDBType.Decimal, value) { Group = group };
}

