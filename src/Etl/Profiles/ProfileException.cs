namespace IndicadoresServicio.Etl.Profiles;

/// <summary>A mapping profile that cannot be used. The message is Spanish and names the file, so it can be shown to the clerk as is.</summary>
public sealed class ProfileException : Exception
{
    public ProfileException(string path, string message, Exception? inner = null)
        : base(message, inner) => ProfilePath = path;

    public string ProfilePath { get; }
}
