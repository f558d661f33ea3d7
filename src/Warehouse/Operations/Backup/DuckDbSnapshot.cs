using System.Collections.Concurrent;
using Dapper;
using Microsoft.Win32.SafeHandles;

namespace IndicadoresServicio.Warehousing.Operations.Backup;

/// <summary>
/// A consistent copy of an embedded DuckDB file, taken by the process that has it open (the server, or the command
/// line when no server runs). DuckDB changes its main file only when it checkpoints; between checkpoints, commits go
/// to the write-ahead log and uncommitted appends to blocks the checkpoint does not use. So: stop automatic
/// checkpoints, checkpoint once (FORCE waits for the loads in flight, since DuckDB 1.4), copy the file, and allow
/// checkpoints again. The copy is the warehouse as of that checkpoint; loads may go on meanwhile.
/// EXPORT DATABASE is not an option: the product opens DuckDB with external access disabled, and that cannot be undone
/// on an open database.
/// </summary>
public static class DuckDbSnapshot
{
    /// <summary>
    /// One read handle per file, opened once and never closed. DuckDB locks its file with a POSIX record lock, which
    /// belongs to the process and is dropped when the process closes <em>any</em> descriptor of that file: a plain
    /// File.Copy in the server would free the warehouse for a second writer the moment the copy ends.
    /// </summary>
    private static readonly ConcurrentDictionary<string, SafeFileHandle> Handles = new(StringComparer.Ordinal);

    public static void CopyTo(Warehouse warehouse, string target)
    {
        if (warehouse.Engine != WarehouseEngine.DuckDb)
            throw new InvalidOperationException("Solo una bodega DuckDB se copia como archivo.");
        using var connection = warehouse.OpenConnection();
        var partial = target + ".parcial";
        connection.Execute("SET checkpoint_threshold = '1000GB'");
        try
        {
            connection.Execute("FORCE CHECKPOINT");
            Copy(warehouse.Description, partial);
        }
        finally
        {
            connection.Execute("RESET checkpoint_threshold");
        }
        File.Move(partial, target, overwrite: true);
    }

    private static SafeFileHandle Open(string path) => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Linux names a descriptor whose file was deleted or renamed over "path (deleted)".</summary>
    private static bool Replaced(SafeFileHandle handle) =>
        OperatingSystem.IsLinux()
        && new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget is { } target
        && target.EndsWith(" (deleted)", StringComparison.Ordinal);

    private static void Copy(string source, string target)
    {
        var handle = Handles.AddOrUpdate(source, Open, (path, kept) =>
        {
            if (!Replaced(kept))
                return kept;
            // The file at that path was replaced (restored); the lock that matters is on the new one, so the old handle may go.
            kept.Dispose();
            return Open(path);
        });
        var length = RandomAccess.GetLength(handle);
        var buffer = new byte[1 << 20];
        using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
        for (long offset = 0; offset < length;)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read == 0)
                break;
            output.Write(buffer, 0, read);
            offset += read;
        }
        output.Flush(flushToDisk: true);
    }
}
