using System.Data.Common;
using System.Globalization;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>consultar "select ..."</c>: an analyst's read-only query, printed as CSV. Writes are refused three times
/// over: one statement only, it must start as a read, and the connection itself is read-only.
/// </summary>
public static class QueryCommand
{
    private static readonly string[] ReadingKeywords = ["select", "with", "values", "table", "show", "describe", "summarize", "explain", "from"];

    public static readonly Command Definition = new(
        "consultar",
        "Ejecuta una consulta de solo lectura sobre la bodega y escribe el resultado en CSV.",
        """
        Uso: ./indicadores consultar "SELECT ..." [--bd ...]

        Escribe el resultado como CSV (UTF-8, separado por comas, con encabezado; fechas AAAA-MM-DD).
        Solo se admite una consulta de lectura: cualquier escritura se rechaza.

        Ejemplo: ./indicadores consultar "select code, term_days from dim_petition_type order by 1"

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        if (arguments.Positional.Count != 1)
            throw new UsageException("Escriba la consulta entre comillas, como un único argumento.");
        var sql = arguments.Positional[0].Trim().TrimEnd(';').Trim();
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        RefuseWrites(sql);
        if (warehouse.Engine == WarehouseEngine.DuckDb && !File.Exists(warehouse.Description))
            throw new WarehouseException($"La bodega {warehouse.Description} no existe todavía. Cree datos con «./indicadores etl» o «./indicadores demo».");
        Migrator.Apply(warehouse);

        await using var connection = warehouse.ReadOnly().OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            await WriteCsv(reader, context.Out);
        }
        catch (DbException e)
        {
            throw new UsageException($"la consulta falló: {e.Message}");
        }
        return 0;
    }

    private static void RefuseWrites(string sql)
    {
        if (sql.Length == 0)
            throw new UsageException("La consulta está vacía.");
        if (sql.Contains(';'))
            throw new UsageException("Solo se admite una consulta; quite el «;» intermedio.");
        var first = new string(sql.TakeWhile(char.IsLetter).ToArray()).ToLowerInvariant();
        if (!ReadingKeywords.Contains(first))
            throw new UsageException($"«consultar» solo lee datos; «{first.ToUpperInvariant()}» no está permitido. Use SELECT o WITH.");
    }

    private static async Task WriteCsv(DbDataReader reader, TextWriter output)
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
