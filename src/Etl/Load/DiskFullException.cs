using System.Globalization;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The disk under the warehouse filled up before or during a load. The load's transaction rolled back, so nothing of
/// it was kept; the file is not to blame, so it stays in its inbox to be loaded again once there is room. Spanish
/// message naming the file and the folder to clear.
/// </summary>
public sealed class DiskFullException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The disk-full failure <paramref name="error"/> is, said to the clerk; null when it is another failure.</summary>
    public static DiskFullException? From(Warehouse warehouse, string fileName, Exception error) =>
        error is DiskFullException known ? known
        : Warehouse.IsDiskFull(error) ? new DiskFullException(
            $"El disco se llenó durante la carga de {fileName}; no se guardó nada de esta carga. {WhereToFree(warehouse, measured: false)}", error)
        : null;

    /// <summary>Not even the room a load needs to start was free: said before anything was written.</summary>
    public static DiskFullException BeforeStart(Warehouse warehouse, string fileName, Exception error) => new(
        $"No hay espacio libre en el disco para cargar {fileName}; no se guardó nada de esta carga. {WhereToFree(warehouse, measured: true)}", error);

    /// <param name="measured">
    /// Whether to say how much is free: before a load it is the figure the clerk compares with the file; after one
    /// that filled the disk it says only what the rollback and the reserve gave back, and would mislead.
    /// </param>
    private static string WhereToFree(Warehouse warehouse, bool measured)
    {
        if (warehouse.Engine != WarehouseEngine.DuckDb)
            return $"Libere espacio en el disco del servidor de la bodega ({warehouse.Description}) y repita.";
        var folder = Path.GetDirectoryName(warehouse.Description)!;
        return measured ? $"Libere espacio en {folder} (quedan {FreeSpace(folder)}) y repita." : $"Libere espacio en {folder} y repita.";
    }

    private static string FreeSpace(string folder)
    {
        try
        {
            var megabytes = new DriveInfo(folder).AvailableFreeSpace / (1024.0 * 1024.0);
            return string.Create(CultureInfo.GetCultureInfo("es-CO"), $"{megabytes:N1} MB libres");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "un espacio libre que no se pudo medir";
        }
    }
}
