using System.Net.Http.Json;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// A read-only command (<see cref="Command.ReadsOnly"/>) while `servir` holds the DuckDB file: the command line hands
/// its arguments to the running server (its local API, with the token it keeps in the data folder), the server runs
/// the very same command in its own process, where the warehouse is open, and sends back what it wrote and its exit
/// code. Files named on the command line are made absolute first: the server writes them where the user meant.
/// </summary>
public static class BesideServer
{
    public const string Route = "/api/comando";

    /// <summary>The options whose values are files or folders (a PostgreSQL connection string is left as it is).</summary>
    private static readonly HashSet<string> PathOptions = ["salida", "metas", "bd"];

    /// <summary>What the server's run of the command wrote, and how it ended.</summary>
    public sealed record Outcome(int Codigo, string Salida, string Errores);

    /// <summary>Client side: asks the server of this installation to run <paramref name="args"/>.</summary>
    public static async Task<int> Run(string[] args, CommandContext context)
    {
        var token = ServerToken.Read(context.Installation.DataDirectory)
            ?? throw new WarehouseException("La bodega está abierta por otro proceso y no hay un servidor de esta instalación que pueda ejecutar el comando.");
        var settings = SettingsFiles.Read(context.Installation);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Add(ServerToken.Header, token);
        using var response = await http.PostAsJsonAsync(
            $"http://127.0.0.1:{ServerToken.Port(context.Installation.DataDirectory, settings.Puerto)}{Route}", Absolute(args), context.Cancellation);
        if (!response.IsSuccessStatusCode)
            throw new WarehouseException($"La bodega está abierta por el servidor y este no pudo ejecutar el comando (respondió {(int)response.StatusCode}).");
        var outcome = await response.Content.ReadFromJsonAsync<Outcome>(context.Cancellation)
            ?? throw new WarehouseException("El servidor no devolvió el resultado del comando.");
        await context.Out.WriteAsync(outcome.Salida);
        await context.Error.WriteAsync(outcome.Errores);
        return outcome.Codigo;
    }

    /// <summary>
    /// The server's side: <see cref="Route"/> takes the arguments as a JSON array. The token only (never a web session,
    /// whatever its role: a command sees every dependency), as for <c>/api/consultar</c>.
    /// </summary>
    public static void Map(WebApplication app, Installation installation) =>
        app.MapPost(Route, async (HttpContext http) =>
        {
            if (http.User.Identity?.AuthenticationType != ServerTokenAuthentication.SchemeName)
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var args = await http.Request.ReadFromJsonAsync<string[]>(http.RequestAborted);
            var outcome = args is null ? null : await Execute(args, installation, http.RequestAborted);
            return outcome is null
                ? Results.Text("Solo los comandos de lectura se ejecutan en el servidor.", statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(outcome);
        }).RequireAuthorization(DashboardWeb.LocalApiPolicy).DisableAntiforgery();

    /// <summary>Runs a read-only command as the command line would, in this process.</summary>
    /// <returns>Null when <paramref name="args"/> is not a read-only command: the server runs nothing else.</returns>
    public static async Task<Outcome?> Execute(string[] args, Installation installation, CancellationToken cancellation)
    {
        if (args.Length == 0 || Cli.Find(args[0]) is not { ReadsOnly: true })
            return null;
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.RunAsync(args, new CommandContext(new StringReader(""), output, error, installation)
        {
            InServer = true,
            Cancellation = cancellation,
        });
        return new Outcome(code, output.ToString(), error.ToString());
    }

    private static string[] Absolute(string[] args)
    {
        var result = (string[])args.Clone();
        for (var i = 1; i < result.Length; i++)
        {
            if (result[i].StartsWith("--", StringComparison.Ordinal) && result[i].IndexOf('=') is var eq and > 2
                && PathOptions.Contains(result[i][2..eq]))
                result[i] = result[i][..(eq + 1)] + Full(result[i][(eq + 1)..]);
            else if (result[i - 1].StartsWith("--", StringComparison.Ordinal) && PathOptions.Contains(result[i - 1][2..])
                && !result[i].StartsWith("--", StringComparison.Ordinal))
                result[i] = Full(result[i]);
        }
        return result;
    }

    private static string Full(string path) => path.Contains('=') ? path : Path.GetFullPath(path);
}
