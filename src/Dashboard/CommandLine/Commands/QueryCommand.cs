using System.Text;
using IndicadoresServicio.Dashboard.Querying;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>consultar "select ..."</c>: an analyst's read-only query, printed as CSV (see <see cref="ReadOnlyQuery"/>).
/// While `servir` holds the embedded warehouse, the query is sent to the server with the installation's token.
/// </summary>
public static class QueryCommand
{
    public static readonly Command Definition = new(
        "consultar",
        "Ejecuta una consulta de solo lectura sobre la bodega y escribe el resultado en CSV.",
        """
        Uso: ./indicadores consultar "SELECT ..." [--bd ...]

        Escribe el resultado como CSV (UTF-8, separado por comas, con encabezado; fechas AAAA-MM-DD).
        Solo se admite una consulta de lectura: cualquier escritura se rechaza. Si «./indicadores servir» tiene
        abierta la bodega, la consulta se le pide al servidor.

        Ejemplo: ./indicadores consultar "select code, term_days from dim_petition_type order by 1"

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        if (arguments.Positional.Count != 1)
            throw new UsageException("Escriba la consulta entre comillas, como un único argumento.");
        var sql = arguments.Positional[0];
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        ReadOnlyQuery.Normalize(sql);
        if (warehouse.Engine == WarehouseEngine.DuckDb && !File.Exists(warehouse.Description))
            throw new WarehouseException($"La bodega {warehouse.Description} no existe todavía. Cree datos con «./indicadores etl» o «./indicadores demo».");
        try
        {
            Migrator.Apply(warehouse);
            await ReadOnlyQuery.WriteCsv(warehouse, sql, context.Out, readOnlyConnection: true, context.Cancellation);
        }
        catch (WarehouseException e) when (e.IsLocked)
        {
            await AskServer(sql, context);
        }
        return 0;
    }

    private static async Task AskServer(string sql, CommandContext context)
    {
        var token = ServerToken.Read(context.Installation.DataDirectory)
            ?? throw new WarehouseException("La bodega está abierta por otro proceso y no hay un servidor de esta instalación a quien pedirle la consulta.");
        var settings = SettingsFiles.Read(context.Installation);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Add(ServerToken.Header, token);
        using var response = await http.PostAsync($"http://127.0.0.1:{ServerToken.Port(context.Installation.DataDirectory, settings.Puerto)}/api/consultar",
            new StringContent(sql, Encoding.UTF8, "text/plain"), context.Cancellation);
        var body = await response.Content.ReadAsStringAsync(context.Cancellation);
        if (!response.IsSuccessStatusCode)
            throw new UsageException(body.Length > 0 ? body : $"el servidor respondió {(int)response.StatusCode}.");
        await context.Out.WriteAsync(body);
    }
}
