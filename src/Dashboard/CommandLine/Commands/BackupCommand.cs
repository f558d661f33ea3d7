using IndicadoresServicio.Warehousing.Operations.Backup;
using System.Net.Http.Json;
using IndicadoresServicio.Dashboard.Operations.Backup;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>respaldo --salida carpeta</c>: a consistent backup of the warehouse, the configuration and the profiles.</summary>
public static class BackupCommand
{
    public static readonly Command Definition = new(
        "respaldo",
        "Respalda la bodega (con los usuarios), la configuración y los perfiles en una carpeta.",
        """
        Uso: ./indicadores respaldo --salida carpeta [--bd ...]

        Escribe en una carpeta nueva (o vacía) una copia consistente de la bodega, la carpeta config/ y el perfil
        de cada fuente configurada, con respaldo.json (qué hay y cuántas filas tiene cada tabla).
        DuckDB: una copia del archivo tomada en un punto de control; si «./indicadores servir» tiene abierta la
        bodega, se le pide a él la copia y las cargas siguen mientras tanto.
        PostgreSQL: pg_dump en formato personalizado (necesita el cliente de PostgreSQL).
        La carpeta queda legible solo para su dueño: la configuración puede llevar claves.
        Se devuelve con «./indicadores restaurar carpeta». El servidor toma uno cada noche (Indicadores:Respaldo).

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var folder = Path.GetFullPath(arguments.RequiredText("salida"));
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        var settings = SettingsFiles.Read(context.Installation);
        var started = DateTime.UtcNow;
        var manifest = await WarehouseBackup.Write(context.Installation, warehouse, settings, folder,
            line => context.Error.WriteLine(line), () => AskServer(context, settings));
        var size = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        await context.Error.WriteLineAsync(
            $"Respaldo listo en {folder} ({Size(size)}, {(DateTime.UtcNow - started).TotalSeconds:0.0} s): {WarehouseContents.Describe(manifest.Rows)}; " +
            $"{manifest.Files.Count} archivo(s) de configuración y perfiles.");
        return 0;
    }

    private static async Task<string> AskServer(CommandContext context, IndicadoresSettings settings)
    {
        var token = ServerToken.Read(context.Installation.DataDirectory)
            ?? throw new WarehouseException("La bodega está abierta por otro proceso y no hay un servidor de esta instalación a quien pedirle la copia.");
        using var http = new HttpClient { Timeout = TimeSpan.FromHours(1) };
        http.DefaultRequestHeaders.Add(ServerToken.Header, token);
        using var response = await http.PostAsync(
            $"http://127.0.0.1:{ServerToken.Port(context.Installation.DataDirectory, settings.Puerto)}{BackupApi.Path}", null, context.Cancellation);
        if (!response.IsSuccessStatusCode)
            throw new WarehouseException($"El servidor no pudo copiar la bodega ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(context.Cancellation)}");
        var answer = await response.Content.ReadFromJsonAsync<ServerCopy>(context.Cancellation);
        return answer?.archivo ?? throw new WarehouseException("El servidor no dijo dónde dejó la copia.");
    }

    private sealed record ServerCopy(string archivo);

    internal static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MB",
        _ => $"{bytes / 1024.0:0} KB",
    };
}
