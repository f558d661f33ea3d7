using IndicadoresServicio.Dashboard.CommandLine.Commands;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// Dispatches <c>indicadores &lt;comando&gt; [opciones]</c>. A failure ends as <see cref="Failures"/> says (its exit
/// code and Spanish message). Every message is Spanish; data goes to standard output, messages to standard error.
/// </summary>
public static class Cli
{
    public static IReadOnlyList<Command> Commands { get; } =
    [
        HolidaysCommand.Definition,
        DueDateCommand.Definition,
        BusinessDaysCommand.Definition,
        NonWorkingDaysCommand.Definition,
        MigrateCommand.Definition,
        QueryCommand.Definition,
        EtlCommand.Definition,
        GenerateCommand.Definition,
        DemoCommand.Definition,
        ServeCommand.Definition,
        WorkerCommand.Definition,
        JobsCommand.Definition,
        UsersCommand.Definition,
        MeasureCommand.Definition,
        ReportCommand.Definition,
        ForecastCommand.Definition,
        BackupCommand.Definition,
        RestoreCommand.Definition,
        MigrateToCommand.Definition,
        ServiceCommand.Definition,
    ];

    public static async Task<int> RunAsync(string[] args, CommandContext context)
    {
        if (args.Length == 0 || args[0] is "ayuda" or "--help" or "-h" or "help")
        {
            var topic = args.Length > 1 ? Find(args[1]) : null;
            context.Out.Write(topic is null ? Overview() : topic.Help);
            return 0;
        }
        var command = Find(args[0]);
        if (command is null)
        {
            await context.Error.WriteLineAsync($"Comando desconocido: «{args[0]}». Use «./indicadores ayuda» para ver los comandos.");
            return 2;
        }
        try
        {
            var arguments = new Arguments(args.Skip(1), command.Flags ?? new HashSet<string>());
            if (arguments.WantsHelp)
            {
                context.Out.Write(command.Help);
                return 0;
            }
            try
            {
                return await command.Run(arguments, context);
            }
            catch (WarehouseException e) when (e.IsLocked && command.ReadsOnly && !context.InServer)
            {
                // `servir` holds the DuckDB file: it runs the command instead (below, outside this handler).
            }
            await context.Error.WriteLineAsync("La bodega está abierta por «./indicadores servir»; el comando se ejecuta en el servidor.");
            return await BesideServer.Run(args, context);
        }
        catch (Exception e) when (Failures.For(e) is { } failure)
        {
            await context.Error.WriteLineAsync(failure.Message(e));
            return failure.ExitCode;
        }
    }

    internal static Command? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static string Overview()
    {
        var lines = new List<string>
        {
            "indicadores: indicadores MIPG de relacionamiento Estado-ciudadano (PQRSD, satisfacción, PAAC).",
            "",
            "Uso: ./indicadores <comando> [opciones]     (./indicadores ayuda <comando> o <comando> --help para el detalle)",
            "",
            "Comandos:",
        };
        lines.AddRange(Commands.Select(c => $"  {c.Name,-18}{c.Summary}"));
        lines.Add("");
        lines.Add("Bodega: por omisión el archivo DuckDB data/indicadores.duckdb; --bd (o la variable INDICADORES_BD)");
        lines.Add("acepta otro archivo o una cadena de conexión a PostgreSQL (Host=...;Database=...;Username=...).");
        lines.Add("Para pasar la bodega DuckDB a PostgreSQL: ./indicadores migrar-a --bd \"Host=...\" (docs/operacion.md).");
        lines.Add("Mientras «servir» tiene abierta la bodega DuckDB, " + string.Join(", ", Commands.Where(c => c.ReadsOnly).Select(c => c.Name))
            + " se ejecutan en el servidor; consultar, trabajos y etl también le piden a él.");
        lines.Add("");
        lines.Add("Códigos de salida: 0 hecho; 1 el trabajo falló (el mensaje dice por qué y qué hacer); 2 la línea de");
        lines.Add("comandos estaba mal; 3 una carga terminó con advertencias (etl); 130 interrumpido con Ctrl+C (se deshizo).");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
