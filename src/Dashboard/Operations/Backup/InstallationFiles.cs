using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Settings;

namespace IndicadoresServicio.Dashboard.Operations.Backup;

/// <summary>
/// What a backup keeps besides the warehouse: the installation's <c>config/</c> folder (settings, targets, entity
/// calendars) and the profile of every configured source, wherever it lives. Restored files go back where they
/// were; a file there that differs is kept beside it as <c>*.antes-de-restaurar</c>.
/// </summary>
public static class InstallationFiles
{
    private const string CopyFolder = "archivos";
    private const string Outside = "_fuera";
    public const string KeptSuffix = ".antes-de-restaurar";

    public static List<BackedUpFile> Copy(Installation installation, IndicadoresSettings settings, string backup)
    {
        var files = new List<string>();
        var config = Path.Combine(installation.Root, "config");
        if (Directory.Exists(config))
            files.AddRange(Directory.EnumerateFiles(config, "*", SearchOption.AllDirectories));
        files.AddRange(settings.Fuentes.Select(s => s.Perfil).Where(File.Exists));
        var copied = new List<BackedUpFile>();
        foreach (var file in files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var origin = Origin(installation, file);
            var copy = Path.Combine(CopyFolder, origin.StartsWith('/') ? Path.Combine(Outside, origin.TrimStart('/')) : origin);
            var target = Path.Combine(backup, copy);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            copied.Add(new BackedUpFile(origin, copy));
        }
        return copied;
    }

    /// <summary>Puts every file of <paramref name="manifest"/> back; returns what it wrote, as the installation names them.</summary>
    public static List<string> Restore(Installation installation, BackupManifest manifest, string backup)
    {
        var restored = new List<string>();
        foreach (var file in manifest.Files)
        {
            var source = Path.GetFullPath(Path.Combine(backup, file.Copy));
            if (!source.StartsWith(Path.GetFullPath(backup) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(source))
                throw new Warehousing.WarehouseException($"El respaldo nombra {file.Copy}, que no está en {backup}.");
            var target = Path.IsPathRooted(file.Origin) ? file.Origin : Path.GetFullPath(Path.Combine(installation.Root, file.Origin));
            if (File.Exists(target))
            {
                if (File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(source)))
                    continue;
                File.Copy(target, target + KeptSuffix, overwrite: true);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            restored.Add(file.Origin);
        }
        return restored;
    }

    /// <summary>Relative to the installation when inside it (the backup can be restored in another folder), else absolute.</summary>
    private static string Origin(Installation installation, string file)
    {
        var relative = Path.GetRelativePath(installation.Root, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }
}
