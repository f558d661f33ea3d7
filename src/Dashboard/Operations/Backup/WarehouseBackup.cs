using IndicadoresServicio.Warehousing.Operations.Backup;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Operations.Backup;

/// <summary>
/// <c>respaldo</c> and <c>restaurar</c>: the warehouse (users included: they live in it), the configuration and the
/// profiles, in one folder with its <see cref="BackupManifest"/>.
/// </summary>
public static class WarehouseBackup
{
    public const string DuckDbFile = "bodega.duckdb";
    public const string PostgresFile = "bodega.dump";

    /// <param name="askServer">For a DuckDB file held by the running server: asks it for a copy and returns the copy's path.</param>
    public static async Task<BackupManifest> Write(Installation installation, Warehouse warehouse, IndicadoresSettings settings, string folder,
        Action<string> progress, Func<Task<string>>? askServer = null)
    {
        Prepare(folder);
        SortedDictionary<string, long> rows;
        string warehouseFile;
        if (warehouse.Engine == WarehouseEngine.DuckDb)
        {
            warehouseFile = DuckDbFile;
            var target = Path.Combine(folder, warehouseFile);
            if (!File.Exists(warehouse.Description))
                throw new WarehouseException($"La bodega {warehouse.Description} no existe: no hay nada que respaldar.");
            progress($"Copiando la bodega {warehouse.Description}…");
            try
            {
                DuckDbSnapshot.CopyTo(warehouse, target);
            }
            catch (WarehouseException e) when (e.IsLocked && askServer is not null)
            {
                progress("El servidor tiene abierta la bodega: se le pide la copia.");
                var copy = await askServer();
                File.Move(copy, target);
                TryDelete(Path.GetDirectoryName(copy)!);
            }
            rows = WarehouseContents.Count(Warehousing.Warehouse.DuckDbFile(target, readOnly: true));
        }
        else
        {
            warehouseFile = PostgresFile;
            progress($"Volcando la bodega {warehouse.Description} con pg_dump…");
            rows = PostgresDump.Write(warehouse, Path.Combine(folder, warehouseFile));
        }
        progress("Copiando la configuración y los perfiles…");
        var files = InstallationFiles.Copy(installation, settings, folder);
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.Now, BackupManifest.EngineName(warehouse.Engine), warehouseFile, rows, files);
        manifest.Write(folder);
        return manifest;
    }

    public sealed record Restored(BackupManifest Manifest, IReadOnlyDictionary<string, long> Rows, IReadOnlyList<string> Files);

    /// <summary>Brings <paramref name="folder"/> back into <paramref name="warehouse"/>; refuses a warehouse in use unless <paramref name="replace"/>.</summary>
    public static Restored Restore(Installation installation, Warehouse warehouse, string folder, bool replace, Action<string> progress)
    {
        var manifest = BackupManifest.Read(folder);
        var engine = BackupManifest.EngineName(warehouse.Engine);
        if (manifest.Engine != engine)
            throw new WarehouseException($"El respaldo es de una bodega {manifest.Engine} y la bodega configurada es {engine}. " +
                                         "Restáurelo en una bodega del mismo motor; para cambiar de motor está «./indicadores migrar-a».");
        var copy = Path.Combine(folder, manifest.WarehouseFile);
        if (!File.Exists(copy))
            throw new WarehouseException($"Al respaldo le falta {copy}.");
        var present = Present(warehouse);
        if (WarehouseContents.InUse(present) && !replace)
            throw new WarehouseException($"La bodega {warehouse.Description} ya tiene datos ({WarehouseContents.Describe(present)}); no se cambió nada. " +
                                         "Para sobrescribirla con el respaldo use --reemplazar.");
        progress($"Restaurando la bodega {warehouse.Description} desde {copy}…");
        if (warehouse.Engine == WarehouseEngine.DuckDb)
        {
            var partial = warehouse.Description + ".restaurando";
            File.Copy(copy, partial, overwrite: true);
            File.Delete(warehouse.Description + ".wal");
            File.Move(partial, warehouse.Description, overwrite: true);
        }
        else
            PostgresDump.Restore(warehouse, copy);

        var rows = WarehouseContents.Count(warehouse);
        var missing = manifest.Rows.Where(r => !rows.TryGetValue(r.Key, out var n) || n != r.Value).ToList();
        if (missing.Count > 0)
            throw new WarehouseException("La bodega restaurada no coincide con el respaldo: " +
                                         string.Join(", ", missing.Select(m => $"{m.Key} tenía {m.Value} filas y quedó con {rows.GetValueOrDefault(m.Key)}")));
        // A backup of an older version gets the migrations it lacks, as on any start.
        Migrator.Apply(warehouse);
        progress("Restaurando la configuración y los perfiles…");
        var files = InstallationFiles.Restore(installation, manifest, folder);
        return new Restored(manifest, rows, files);
    }

    /// <summary>What the warehouse holds now; nothing when it does not exist yet. A held DuckDB file cannot be replaced.</summary>
    private static SortedDictionary<string, long> Present(Warehouse warehouse)
    {
        if (warehouse.Engine == WarehouseEngine.DuckDb && !File.Exists(warehouse.Description))
            return new SortedDictionary<string, long>();
        try
        {
            return WarehouseContents.Count(warehouse);
        }
        catch (WarehouseException e) when (e.IsLocked)
        {
            throw new WarehouseException($"La bodega {warehouse.Description} está abierta por otro proceso: detenga «./indicadores servir» " +
                                         "(o el servicio: systemctl stop indicadores) antes de restaurar.", e, isLocked: true);
        }
    }

    private static void Prepare(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new WarehouseException($"La carpeta {folder} no está vacía: elija una carpeta nueva para el respaldo.");
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            // The settings may hold the petitioner salt and a connection string's password: the owner only.
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    internal static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
