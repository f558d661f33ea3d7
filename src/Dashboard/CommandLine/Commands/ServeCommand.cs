using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>servir</c>: the long-running server (ETL scheduler and web), until Ctrl+C.</summary>
public static class ServeCommand
{
    public static readonly Command Definition = new(
        "servir",
        "Inicia el servidor: programador de cargas (Quartz) y tablero web en 127.0.0.1.",
        """
        Uso: ./indicadores servir [--puerto 5080] [--bd ...]

        Mantiene corriendo las cargas programadas de cada fuente configurada (Indicadores:Fuentes en
        config/appsettings.json; la programación es una expresión cron de Quartz en hora de Colombia) y atiende
        en http://127.0.0.1:<puerto>. Si una ejecución programada se perdió mientras el servidor estaba
        apagado, se hace al arrancar. Si la bodega no responde, cada carga se reintenta con esperas crecientes.
        Mientras corre, «./indicadores etl --archivo» le entrega los archivos en vez de abrir la bodega.
        Ctrl+C lo detiene después de terminar la carga en curso.

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var settings = SettingsFiles.Read(context.Installation);
        var port = arguments.Integer("puerto", 1, 65535) ?? settings.Puerto;
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        Migrator.Apply(warehouse);
        var sources = ConfiguredSchedules.From(settings);

        // The server holds the DuckDB file for its whole life (Hosting/WarehouseKeptOpen): another process that
        // wants to write gets a clear "in use" and hands its work over instead.
        var app = ServerHost.Build(context.Installation, warehouse, port, sources);
        await context.Error.WriteLineAsync($"Servidor en http://127.0.0.1:{port}  (bodega: {warehouse.Description}; {sources.Count} fuente(s) programada(s)). Ctrl+C para detener.");
        await app.RunAsync(context.Cancellation);
        return 0;
    }
}
