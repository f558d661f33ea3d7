using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Etl.Inbox;

/// <summary>
/// The drop folders of an installation: exports are left in <c>data/entrada/&lt;fuente&gt;/</c>; once loaded they
/// move to <c>data/procesados/&lt;fuente&gt;/</c>, and a file that could not be loaded at all to
/// <c>data/rechazados/&lt;fuente&gt;/</c> with a note saying why. Nothing is ever deleted.
/// </summary>
public sealed record InboxFolders(string DataDirectory)
{
    public string Incoming(string source) => Path.Combine(DataDirectory, "entrada", source);

    public string Processed(string source) => Path.Combine(DataDirectory, "procesados", source);

    public string Rejected(string source) => Path.Combine(DataDirectory, "rechazados", source);

    /// <summary>Requests from `etl --archivo` while the server holds the embedded warehouse.</summary>
    public string Requests => Path.Combine(DataDirectory, "entrada", "_solicitudes");

    /// <summary>Moves a file into a folder, never overwriting: a second file of the same name gets a time stamp.</summary>
    public static string MoveInto(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        if (File.Exists(target))
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}.{ColombianTime.Now(TimeProvider.System):yyyyMMdd-HHmmss-fff}{Path.GetExtension(file)}");
        File.Move(file, target);
        return target;
    }
}
