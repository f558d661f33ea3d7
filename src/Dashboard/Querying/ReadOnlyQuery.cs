using System.Data.Common;
using System.Globalization;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Querying;

/// <summary>
/// An analyst's query, written out as CSV, that can never change the warehouse. The engine enforces it: the query
/// runs in a READ ONLY transaction (both engines refuse there any write and <c>nextval</c>), always rolled back.
/// The textual checks before it only give a clear Spanish message for the usual mistakes.
/// Used by `./indicadores consultar` directly, and by the server on its behalf while it holds the DuckDB file.
/// </summary>
public static class ReadOnlyQuery
{
    private static readonly string[] ReadingKeywords = ["select", "with", "values", "table", "show", "describe", "summarize", "explain", "from"];

    // Words that only a statement that changes something would use. DuckDB accepts `WITH ... DELETE`, so the
    // first word alone proves nothing; literals and quoted names are blanked out before looking.
    private static readonly HashSet<string> WritingKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "insert", "update", "delete", "merge", "drop", "create", "alter", "truncate", "copy", "attach", "detach",
        "install", "load", "pragma", "set", "reset", "call", "checkpoint", "vacuum", "export", "import", "grant", "revoke", "comment",
    };

    // PostgreSQL's functions that reach the server's files. They need a superuser or pg_read_server_files, which the
    // installation's role should not have (README, «--bd»); refused here as well for an installation where it does.
    private static readonly HashSet<string> ServerFileFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "pg_read_file", "pg_read_binary_file", "pg_stat_file", "pg_ls_dir", "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir",
        "pg_ls_archive_statusdir", "lo_import", "lo_export", "dblink", "dblink_exec", "pg_file_write",
    };

    /// <summary>Thrown for a query that is not a single read, or that the engine rejects; its message is Spanish.</summary>
    public sealed class RefusedException(string message) : Exception(message);

    public static string Normalize(string sql)
    {
        var text = sql.Trim().TrimEnd(';').Trim();
        if (text.Length == 0)
            throw new RefusedException("La consulta está vacía.");
        if (text.Contains(';'))
            throw new RefusedException("Solo se admite una consulta; quite el «;» intermedio.");
        var first = new string(text.TakeWhile(char.IsLetter).ToArray()).ToLowerInvariant();
        if (!ReadingKeywords.Contains(first))
            throw new RefusedException($"«consultar» solo lee datos; «{first.ToUpperInvariant()}» no está permitido. Use SELECT o WITH.");
        if (Words(WithoutQuotedText(text)).FirstOrDefault(WritingKeywords.Contains) is { } writing)
            throw new RefusedException($"«consultar» solo lee datos; la consulta contiene «{writing.ToUpperInvariant()}».");
        if (Words(WithoutQuotedText(text)).FirstOrDefault(ServerFileFunctions.Contains) is { } reading)
            throw new RefusedException($"«consultar» solo lee la bodega, no archivos del servidor; «{reading}» no está permitido.");
        return text;
    }

    // Comments are blanked together with literals, whichever opens first: «/* ' */» is a comment, not a quote.
    private static string WithoutQuotedText(string sql) =>
        System.Text.RegularExpressions.Regex.Replace(sql, "/\\*[\\s\\S]*?(\\*/|$)|'[^']*'|\"[^\"]*\"|--[^\n]*", " ");

    private static IEnumerable<string> Words(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, "[A-Za-z_]+").Select(m => m.Value);

    /// <param name="readOnlyConnection">
    /// Open the DuckDB file read-only as well (the command line, alone with the file). The server, which holds the
    /// file read-write, cannot open it a second way in the same process; its READ ONLY transaction is what holds.
    /// </param>
    public static async Task WriteCsv(Warehouse warehouse, string sql, TextWriter output, bool readOnlyConnection, CancellationToken cancellation = default)
    {
        var text = Normalize(sql);
        await using var connection = (readOnlyConnection ? warehouse.ReadOnly() : warehouse).OpenConnection();
        // Written out rather than through BeginTransaction: DuckDB.NET has no read-only option, and both engines take
        // this statement (DuckDB from 1.1: "Cannot write to database ... transaction is launched in read-only mode").
        await Execute(connection, "BEGIN TRANSACTION READ ONLY", cancellation);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = text;
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            await Write(reader, output);
        }
        catch (DbException e)
        {
            throw new RefusedException($"la consulta falló: {Refusal(e.Message)}");
        }
        finally
        {
            await Execute(connection, "ROLLBACK", CancellationToken.None);
        }
    }

    /// <summary>The engine's refusal of a write, said in Spanish; any other error as the engine gives it.</summary>
    private static string Refusal(string message) =>
        message.Contains("read-only", StringComparison.OrdinalIgnoreCase)
            ? "la consulta intentó modificar la bodega, y «consultar» solo lee (" + message + ")"
            : message;

    private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static async Task Write(DbDataReader reader, TextWriter output)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        await output.WriteLineAsync(string.Join(',', columns.Select(Quote)));
        var cells = new string[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < cells.Length; i++)
                cells[i] = Quote(Format(reader.IsDBNull(i) ? null : reader.GetValue(i)));
            await output.WriteLineAsync(string.Join(',', cells));
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
