using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>migrar</c>: creates the warehouse or brings it to the current schema. Every command does this at start too.</summary>
public static class MigrateCommand
{
    public static readonly Command Definition = new(
        "migrar",
        "Crea la bodega de datos o la actualiza al esquema vigente.",
        """
        Uso: ./indicadores migrar [--bd ARCHIVO.duckdb | --bd "Host=...;Database=...;Username=..."]

        Aplica en orden las migraciones de sql/ que falten, cada una en su transacción, y llena las tablas
        de referencia (calendario 1984-2100, tipos de petición, canales). Repetirlo no cambia nada.

        """,
        Run);

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        var outcome = Migrator.Apply(warehouse);
        foreach (var migration in outcome.Applied)
            context.Error.WriteLine($"Aplicada la migración {migration.Version:0000} ({migration.Name}).");
        context.Error.WriteLine(outcome.Applied.Count == 0
            ? $"La bodega {warehouse.Description} ya estaba al día (versión {outcome.CurrentVersion})."
            : $"La bodega {warehouse.Description} quedó en la versión {outcome.CurrentVersion}.");
        return Task.FromResult(0);
    }
}
