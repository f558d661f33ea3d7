using IndicadoresServicio.Dashboard.CommandLine.Commands;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// Dispatches <c>indicadores &lt;comando&gt; [opciones]</c>. Exit codes: 0 done, 1 the work failed, 2 the
/// command line was wrong. Every message is Spanish; data goes to standard output, messages to standard error.
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
            return await command.Run(arguments, context);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"Error: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("Interrumpido: el trabajo en curso se deshizo.");
            return 130;
        }
        catch (WarehouseException e)
        {
            await context.Error.WriteLineAsync($"Error: {e.Message}");
            return 1;
        }
        catch (System.Data.Common.DbException e)
        {
            // What the database itself refused (out of memory, disk full, connection lost): its words, and ours first.
            var advice = Warehouse.IsOutOfMemory(e)
                ? $" La bodega DuckDB no tuvo memoria suficiente: súbala con {Warehouse.DuckDbMemoryVariable} (por ejemplo 2GB; hoy {Warehouse.DuckDbMemoryLimit})."
                : "";
            await context.Error.WriteLineAsync($"Error de la bodega de datos; no se guardó nada de la operación.{advice} Detalle: {e.Message}");
            return 1;
        }
    }

    private static Command? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

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
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
