using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>trabajador</c>: the scheduler and its loads only, one of several sharing a PostgreSQL warehouse.</summary>
public static class WorkerCommand
{
    public static readonly Command Definition = new(
        "trabajador",
        "Corre solo el programador de cargas e informes, junto a otros sobre la misma bodega PostgreSQL.",
        """
        Uso: ./indicadores trabajador --bd "Host=...;Database=...;Username=..." [--puerto N]

        Corre las cargas programadas de cada fuente configurada y los informes programados, sin el tablero
        (que atiende «./indicadores servir --sin-tareas»). Varios trabajadores, en esta máquina o en otras
        con la misma carpeta de entrada y la misma bodega, se reparten la programación guardada en la base:
        cada ejecución corre en uno solo, y si un trabajador muere a mitad de una carga, otro la retoma
        (en unos 30 s, Indicadores:Programador). Necesita la bodega en PostgreSQL.

        --puerto  dónde atiende su /api/salud en 127.0.0.1 (por omisión, un puerto libre que se imprime al
                  arrancar).
        Ctrl+C lo detiene después de terminar la carga en curso.

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var settings = SettingsFiles.Read(context.Installation);
        var port = arguments.Integer("puerto", 1, 65535) ?? 0;
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        ServeCommand.RequireSharedWarehouse(warehouse, settings, ServerRole.SchedulerOnly);
        Migrator.Apply(warehouse);
        var sources = ConfiguredSchedules.From(settings);

        var app = ServerHost.Build(context.Installation, warehouse, port, sources, role: ServerRole.SchedulerOnly);
        await app.StartAsync(context.Cancellation);
        var address = app.Urls.FirstOrDefault() ?? $"http://127.0.0.1:{port}";
        await context.Error.WriteLineAsync(
            $"Trabajador {Environment.MachineName}/{Environment.ProcessId}: {sources.Count} fuente(s) programada(s), bodega {warehouse.Description}; salud en {address}/api/salud. Ctrl+C para detener.");
        await app.WaitForShutdownAsync(context.Cancellation);
        return 0;
    }
}
