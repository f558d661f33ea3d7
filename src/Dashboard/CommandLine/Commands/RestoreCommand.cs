using IndicadoresServicio.Warehousing.Operations.Backup;
using IndicadoresServicio.Dashboard.Operations.Backup;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>restaurar carpeta</c>: brings a backup of <c>respaldo</c> back.</summary>
public static class RestoreCommand
{
    public static readonly Command Definition = new(
        "restaurar",
        "Devuelve un respaldo: la bodega, los usuarios, la configuración y los perfiles.",
        """
        Uso: ./indicadores restaurar carpeta [--reemplazar] [--bd ...]

        Restaura la bodega desde un respaldo de «./indicadores respaldo» y comprueba que cada tabla quedó con las
        filas que tenía. Se niega a sobrescribir una bodega que ya tiene datos salvo con --reemplazar.
        Detenga antes el servidor (la bodega DuckDB no se puede reemplazar mientras él la tiene abierta).
        Los archivos de config/ y los perfiles vuelven a su lugar; uno distinto que ya estaba se guarda al lado
        con el sufijo .antes-de-restaurar.

        """,
        Run,
        new HashSet<string> { "reemplazar" });

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        if (arguments.Positional.Count != 1)
            throw new UsageException("Indique la carpeta del respaldo: ./indicadores restaurar carpeta");
        var folder = Path.GetFullPath(arguments.Positional[0]);
        if (!Directory.Exists(folder))
            throw new UsageException($"La carpeta {folder} no existe.");
        var replace = arguments.Flag("reemplazar");
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        var restored = WarehouseBackup.Restore(context.Installation, warehouse, folder, replace, line => context.Error.WriteLine(line));
        await context.Out.WriteLineAsync(
            $"Restaurado el respaldo del {restored.Manifest.Created.LocalDateTime:yyyy-MM-dd HH:mm} en {warehouse.Description}: " +
            $"{WarehouseContents.Describe(restored.Rows)} ({restored.Rows.Count} tablas, cada una con las filas del respaldo).");
        await context.Out.WriteLineAsync(restored.Files.Count == 0
            ? "Configuración y perfiles: ya estaban iguales."
            : $"Configuración y perfiles restaurados: {string.Join(", ", restored.Files)}.");
        return 0;
    }
}
