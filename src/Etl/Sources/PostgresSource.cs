using IndicadoresServicio.Etl.Profiles;
using Npgsql;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Reads petitions straight from a source system's PostgreSQL database with the profile's "consulta". With a
/// "columna_marca_agua", each pull brings only the rows above the highest value already loaded (incremental),
/// in that column's order; <see cref="DatabaseTable.Highest"/> is what the next pull resumes from.
/// Personal-data columns are dropped exactly as for files.
/// </summary>
public static class PostgresSource
{
    public static DatabaseTable Open(MappingProfile profile, Watermark? from, string? petitionerSalt = null)
    {
        if (string.IsNullOrWhiteSpace(profile.ConnectionString))
            throw new SourceException(profile.Source, $"El perfil '{profile.Source}' es de formato \"postgres\" y le falta \"conexion\": la cadena de conexión a la base de datos de origen.");
        var label = $"{profile.Source} (PostgreSQL)";
        profile = profile with { ConnectionString = ConnectionStringOf(profile, label) };
        var sql = QueryText(profile, from);
        string[] headers;
        try
        {
            using var connection = new NpgsqlConnection(profile.ConnectionString);
            connection.Open();
            using var command = Command(connection, sql, from);
            using var reader = command.ExecuteReader(System.Data.CommandBehavior.SchemaOnly);
            headers = ColumnLayout.NameHeaders(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray());
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new SourceException(label, $"No se pudo consultar la base de datos de origen de '{profile.Source}': {e.Message}", e);
        }
        var layout = ColumnLayout.Plan(label, headers, profile, petitionerSalt);
        if (profile.Watermark is { } column && !headers.Contains(column, HeaderText.Comparer))
            throw new SourceException(label, $"La consulta de '{profile.Source}' no trae la columna de marca de agua \"{column}\".");
        var table = new DatabaseTable(label, layout.Output.Names, layout.Notices);
        table.Stream = Records(profile, sql, from, headers, layout, table);
        return table;
    }

    private static IEnumerable<SourceRecord> Records(MappingProfile profile, string sql, Watermark? from, string[] headers,
        ColumnLayout layout, DatabaseTable table)
    {
        using var connection = new NpgsqlConnection(profile.ConnectionString);
        connection.Open();
        using var command = Command(connection, sql, from);
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        var watermarkIndex = profile.Watermark is { } column ? Array.FindIndex(headers, h => HeaderText.SameHeader(h, column)) : -1;
        var values = new string?[headers.Length];
        object? highest = from?.Value;
        long row = 0;
        while (reader.Read())
        {
            row++;
            for (var i = 0; i < values.Length; i++)
                values[i] = XlsxCellText.From(reader.IsDBNull(i) ? null : reader.GetValue(i));
            if (watermarkIndex >= 0 && !reader.IsDBNull(watermarkIndex))
            {
                // Compared in the stored kind (an int column's values against a long), never mixed types.
                var seen = Watermark.Of(profile.Watermark!, reader.GetValue(watermarkIndex))!;
                if (Watermark.IsHigher(seen.Value, highest))
                {
                    highest = seen.Value;
                    table.Highest = seen;
                }
            }
            yield return layout.Read(row, values);
        }
    }

    /// <summary>
    /// A "conexion" without '=' names an environment variable that holds the connection string, so the password
    /// lives in the server's environment rather than in a profile a clerk edits.
    /// </summary>
    private static string ConnectionStringOf(MappingProfile profile, string label)
    {
        var text = profile.ConnectionString!.Trim();
        if (text.Contains('='))
            return text;
        return Environment.GetEnvironmentVariable(text) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : throw new SourceException(label, $"El perfil '{profile.Source}' toma la conexión de la variable de entorno {text}, que no está definida.");
    }

    private static string QueryText(MappingProfile profile, Watermark? from)
    {
        var query = profile.Query!.Trim().TrimEnd(';');
        if (profile.Watermark is not { } column)
            return query;
        var quoted = "\"" + column.Replace("\"", "\"\"") + "\"";
        return from is null
            ? $"SELECT * FROM ({query}) AS fuente ORDER BY fuente.{quoted}"
            : $"SELECT * FROM ({query}) AS fuente WHERE fuente.{quoted} > @marca_agua ORDER BY fuente.{quoted}";
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Watermark? from)
    {
        var command = new NpgsqlCommand(sql, connection);
        if (from is not null && sql.Contains("@marca_agua", StringComparison.Ordinal))
            command.Parameters.AddWithValue("marca_agua", from.Value);
        return command;
    }
}

/// <summary>A source-database pull: rows like a file's, plus the highest watermark seen once they are read.</summary>
public sealed class DatabaseTable(string label, IReadOnlyList<string> headers, IReadOnlyList<string> notices)
{
    public string Label { get; } = label;

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<string> Notices { get; } = notices;

    internal IEnumerable<SourceRecord> Stream { get; set; } = [];

    /// <summary>Set while <see cref="AsTable"/>'s records are read: the highest watermark value so far.</summary>
    public Watermark? Highest { get; internal set; }

    public SourceTable AsTable() => new(Label, Headers, Stream, Notices);
}
