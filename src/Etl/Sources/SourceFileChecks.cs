namespace IndicadoresServicio.Etl.Sources;

/// <summary>Checks every reader makes before touching a file, so the clerk gets one kind of message.</summary>
internal static class SourceFileChecks
{
    public static void RequireExisting(string path)
    {
        if (Directory.Exists(path))
            throw new SourceException(path, $"'{path}' es una carpeta, no un archivo.");
        if (!File.Exists(path))
            throw Missing(path);
    }

    /// <summary>
    /// Opens for reading while letting others keep it open: clerks often still have the export open in
    /// Excel, which holds it for writing and would make an exclusive read fail.
    /// </summary>
    public static FileStream OpenShared(string path, int bufferSize = 4096)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Missing(path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SourceException(path, $"No hay permiso para leer '{Path.GetFileName(path)}'.", e);
        }
        catch (IOException e)
        {
            throw new SourceException(path, $"No se pudo abrir '{Path.GetFileName(path)}': otro programa lo tiene bloqueado. Ciérrelo e intente de nuevo.", e);
        }
    }

    private static SourceException Missing(string path, Exception? inner = null) =>
        new(path, $"No existe el archivo '{path}'.", inner);
}
