namespace IndicadoresServicio.Etl.Sources;

/// <summary>Checks every reader makes before touching a file, so the clerk gets one kind of message.</summary>
internal static class SourceFileChecks
{
    public static void RequireExisting(string path)
    {
        if (Directory.Exists(path))
            throw new SourceException(path, $"'{path}' es una carpeta, no un archivo.");
        if (!File.Exists(path))
            throw new SourceException(path, $"No existe el archivo '{path}'.");
    }
}
