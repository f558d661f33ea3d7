namespace IndicadoresServicio.Etl.Sources;

/// <summary>A file that cannot be read at all (missing, wrong format, unusable header). The message is Spanish and names the file.</summary>
public sealed class SourceException : Exception
{
    public SourceException(string path, string message, Exception? inner = null)
        : base(message, inner) => FilePath = path;

    public string FilePath { get; }
}
