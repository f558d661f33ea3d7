using Dapper;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Inbox;

/// <summary>
/// Loads every file waiting in a configured source's drop folder, oldest first. A file whose SHA-256 was
/// already loaded successfully for that source is not loaded again (the same export dropped twice); every
/// file leaves the drop folder, to processed or rejected, so the next run does not see it again. Except when the
/// disk fills: that is no fault of the file, so it stays and the whole pass stops with <see cref="DiskFullException"/>.
/// </summary>
public static class SourceInbox
{
    public static IReadOnlyList<InboxOutcome> Process(Warehouse warehouse, string profilePath, InboxFolders folders,
        FileLoadOptions options, Action<string>? log = null, CancellationToken cancellation = default)
    {
        var profile = DatasetProfiles.Open(profilePath);
        if (profile.PullDatabase is { } pull)
            return [PullDatabase(warehouse, profile.Source, pull, options, log, cancellation)];
        var incoming = folders.Incoming(profile.Source);
        Directory.CreateDirectory(incoming);
        var outcomes = new List<InboxOutcome>();
        foreach (var file in new DirectoryInfo(incoming).GetFiles().Where(IsExport).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name))
        {
            cancellation.ThrowIfCancellationRequested();
            outcomes.Add(ProcessFile(warehouse, profile, file.FullName, folders, options, log, cancellation));
        }
        return outcomes;
    }

    private static InboxOutcome ProcessFile(Warehouse warehouse, DatasetProfile profile, string file, InboxFolders folders,
        FileLoadOptions options, Action<string>? log, CancellationToken cancellation)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (AlreadyLoaded(warehouse, profile.Source, SourceFiles.Sha256Of(file)))
            {
                if (Unmovable(file, folders.Processed(profile.Source)) is { } stuck)
                {
                    log?.Invoke($"{profile.Source}/{name}: ya se había cargado (mismo contenido), pero {stuck}");
                    return new InboxOutcome(profile.Source, name, null, true, stuck);
                }
                log?.Invoke($"{profile.Source}/{name}: ya se había cargado (mismo contenido); se movió a procesados sin volver a cargarlo.");
                return new InboxOutcome(profile.Source, name, null, true, null);
            }
            log?.Invoke($"{profile.Source}/{name}: cargando…");
            var summary = profile.LoadFile(warehouse, file, options, cancellation: cancellation);
            if (Unmovable(file, folders.Processed(profile.Source)) is { } problem)
            {
                log?.Invoke($"{profile.Source}/{name}: {LoadReport.OneLine(summary)}; pero {problem}");
                return new InboxOutcome(profile.Source, name, summary, false, problem);
            }
            log?.Invoke($"{profile.Source}/{name}: {LoadReport.OneLine(summary)}");
            return new InboxOutcome(profile.Source, name, summary, false, null);
        }
        catch (Exception e) when (e is SourceException or EtlException or ProfileException)
        {
            var moved = InboxFolders.MoveInto(file, folders.Rejected(profile.Source));
            var reason = StoredText.Bound(e.Message);
            try
            {
                File.WriteAllText(moved + ".motivo.txt", reason + Environment.NewLine);
            }
            catch (IOException unwritten)
            {
                // The reason still reaches the log and the run book; a full disk must not turn a rejection into a crash.
                log?.Invoke($"{profile.Source}/{name}: no se pudo escribir {moved}.motivo.txt ({unwritten.Message}).");
            }
            log?.Invoke($"{profile.Source}/{name}: RECHAZADO: {reason}");
            return new InboxOutcome(profile.Source, name, null, false, reason);
        }
    }

    /// <summary>
    /// Moves a loaded file out of the inbox; when the folder refuses (read-only, no permission) the load stands, the
    /// file stays where it was, and the next run sees the same content as loaded: the Spanish reason, or null if moved.
    /// </summary>
    private static string? Unmovable(string file, string folder)
    {
        try
        {
            InboxFolders.MoveInto(file, folder);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"no se pudo mover a {folder}: la carpeta de entrada o la de procesados no admite escritura ({e.Message}). " +
                   "Los datos quedaron cargados y el archivo sigue en la entrada; dé permiso de escritura a esas carpetas " +
                   "(el archivo no se volverá a cargar: su contenido ya está en la bodega).";
        }
    }

    private static InboxOutcome PullDatabase(Warehouse warehouse, string source, DatasetProfile.DatabasePull pull,
        FileLoadOptions options, Action<string>? log, CancellationToken cancellation)
    {
        try
        {
            var summary = pull(warehouse, options, cancellation: cancellation);
            log?.Invoke($"{source} (base de datos): {LoadReport.OneLine(summary)}");
            return new InboxOutcome(source, summary.FileName, summary, false, null);
        }
        catch (Exception e) when (e is SourceException or EtlException)
        {
            var reason = StoredText.Bound(e.Message);
            log?.Invoke($"{source} (base de datos): FALLÓ: {reason}");
            return new InboxOutcome(source, source, null, false, reason);
        }
    }

    private static bool AlreadyLoaded(Warehouse warehouse, string source, string sha256)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long>(
            warehouse.Sql("SELECT CAST(count(*) AS BIGINT) FROM etl_run WHERE source = @source AND file_sha256 = @sha256 AND status IN (@ok, @warned)"),
            new { source, sha256, ok = RunLog.Succeeded, warned = RunLog.SucceededWithWarnings }) > 0;
    }

    private static bool IsExport(FileInfo file) =>
        !file.Name.StartsWith('.') && !file.Name.StartsWith("~$", StringComparison.Ordinal)
        && file.Extension.ToLowerInvariant() is ".csv" or ".txt" or ".tsv" or ".xlsx";
}
