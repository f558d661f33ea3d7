using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>servir</c>: the long-running server (ETL scheduler and web), until Ctrl+C; <c>--sin-tareas</c>, the web only.</summary>
public static class ServeCommand
{
    public const string WebOnlyFlag = "sin-tareas";

    public static readonly Command Definition = new(
        "servir",
        "Inicia el servidor: programador de cargas (Quartz) y tablero web en 127.0.0.1.",
        """
        Uso: ./indicadores servir [--puerto 5080] [--sin-tareas] [--bd ...]

        Mantiene corriendo las cargas programadas de cada fuente configurada (Indicadores:Fuentes en
        config/appsettings.json; la programación es una expresión cron de Quartz en hora de Colombia) y atiende
        en http://127.0.0.1:<puerto>. Si una ejecución programada se perdió mientras el servidor estaba
        apagado, se hace al arrancar. Si la bodega no responde, cada carga se reintenta con esperas crecientes.
        Mientras corre, «./indicadores etl --archivo» le entrega los archivos en vez de abrir la bodega.
        Ctrl+C lo detiene después de terminar la carga en curso.

        --sin-tareas  solo el tablero web: las cargas y los informes programados los hacen uno o varios
                      «./indicadores trabajador» sobre la misma bodega PostgreSQL (docs/operacion.md).
                      Con la bodega DuckDB embebida no se puede: un solo proceso la abre.

        Con la bodega en PostgreSQL la programación se guarda en la misma base (tablas qrtz_*, creadas al
        primer arranque) y se comparte con los demás procesos: ninguna carga corre dos veces.

        """,
        Run,
        new HashSet<string> { WebOnlyFlag });

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var port = arguments.Integer("puerto", 1, 65535);
        var role = arguments.Flag(WebOnlyFlag) ? ServerRole.WebOnly : ServerRole.WebAndScheduler;
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        return Serve(context, warehouse, port, role);
    }

    /// <summary>Serves <paramref name="warehouse"/> until Ctrl+C: what `servir` runs, and `demo` once it has loaded.</summary>
    /// <param name="port">Null for the configured one (Indicadores:Puerto).</param>
    public static async Task<int> Serve(CommandContext context, Warehouse warehouse, int? port, ServerRole role = ServerRole.WebAndScheduler)
    {
        var settings = SettingsFiles.Read(context.Installation);
        var listening = port ?? settings.Puerto;
        RequireSharedWarehouse(warehouse, settings, role);
        Migrator.Apply(warehouse);
        var sources = ConfiguredSchedules.From(settings);

        // The server holds the DuckDB file for its whole life (Hosting/WarehouseKeptOpen): another process that
        // wants to write gets a clear "in use" and hands its work over instead.
        var app = ServerHost.Build(context.Installation, warehouse, listening, sources, role: role);
        var what = role == ServerRole.WebOnly ? "solo el tablero; las cargas las hacen los trabajadores" : $"{sources.Count} fuente(s) programada(s)";
        await context.Error.WriteLineAsync($"Servidor en http://127.0.0.1:{listening}  (bodega: {warehouse.Description}; {what}). Ctrl+C para detener.");
        await app.RunAsync(context.Cancellation);
        return 0;
    }

    /// <summary>Only the embedded default runs as one process; splitting web and scheduler needs PostgreSQL.</summary>
    /// <exception cref="UsageException">The role is not both and the schedule is not shared (DuckDB, or sharing turned off).</exception>
    public static void RequireSharedWarehouse(Warehouse warehouse, IndicadoresSettings settings, ServerRole role)
    {
        if (role == ServerRole.WebAndScheduler || ScheduleStore.IsShared(warehouse, settings.Programador))
            return;
        if (warehouse.Engine == WarehouseEngine.Postgres)
            throw new UsageException(
                "Indicadores:Programador:Compartido es false: la programación queda en memoria de un solo proceso, y separar el " +
                "tablero de las cargas la duplicaría. Quite esa opción de config/appsettings.json.");
        throw new UsageException(
                "separar el tablero de las cargas (servir --sin-tareas, trabajador) necesita la bodega en PostgreSQL: la bodega DuckDB " +
                "embebida la abre un solo proceso. Use «./indicadores servir» solo, o pase la bodega a PostgreSQL (docs/operacion.md).");
    }
}
