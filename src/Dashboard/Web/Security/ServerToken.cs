using System.Security.Cryptography;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// A random secret the server writes to <c>data/servidor.token</c> (readable by its owner only) each time it starts.
/// The command line on the same installation sends it back to call the server's API (<c>./indicadores trabajos</c>
/// while the server holds the warehouse): reading the file proves local access to the installation, which
/// "the request came from 127.0.0.1" does not, as a reverse proxy in front of the server makes every visitor loopback.
/// </summary>
public static class ServerToken
{
    public const string Header = "X-Indicadores-Token";
    public const string FileName = "servidor.token";

    public static string Create(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var path = Path.Combine(dataDirectory, FileName);
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(token);
        return token;
    }

    /// <summary>
    /// A token nobody can read: a scheduler-only process (`trabajador`) beside the web must not replace the web's
    /// token, which the command line reads from the data folder they share.
    /// </summary>
    public static string Unwritten() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>Where the running server listens: `servir --puerto` may differ from the configured port the clients would call.</summary>
    public const string PortFileName = "servidor.puerto";

    public static void WritePort(string dataDirectory, int port)
    {
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(Path.Combine(dataDirectory, PortFileName), port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The port the server of this installation said it listens on, else <paramref name="configured"/>.</summary>
    public static int Port(string dataDirectory, int configured)
    {
        var path = Path.Combine(dataDirectory, PortFileName);
        return File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), out var port) && port is > 0 and <= 65535 ? port : configured;
    }

    public static string? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}
