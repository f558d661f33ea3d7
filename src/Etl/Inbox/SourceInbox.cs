using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Inbox;

/// <summary>
/// Loads every file waiting in a configured source's drop folder, oldest first. A file whose SHA-256 was
/// already loaded successfully for that source is not loaded again (the same export dropped twice); every
/// file leaves the drop folder, to processed or rejected, so the next run does not see it again.
/// </summary>
public static class SourceInbox
{
    public static IReadOnlyList<InboxOutcome> Process(Warehouse warehouse, string profilePath, InboxFolders folders,
        FileLoadOptions options, Action<string>? log = null, CancellationToken cancellation = default)
    {
        if (Plan.PlanProfiles.IsPlan(profilePath))
            return ProcessFiles(Plan.PlanProfiles.Load(profilePath).Source, folders, log, cancellation,
                file => FileLoad.Run(warehouse, profilePath, file, options, cancellation: cancellation), warehouse);
        var profile = MappingProfiles.Load(profilePath);
        if (profile.Format == SourceFormat.Postgres)
            return [PullDatabase(warehouse, profile, options, log, cancellation)];
        return ProcessFiles(profile.Source, folders, log, cancellation,
            file => FileLoad.Run(warehouse, profile, file, options, cancellation: cancellation), warehouse);
    }

    private static IReadOnlyList<InboxOutcome> ProcessFiles(string source, InboxFolders folders, Action<string>? log,
        CancellationToken cancellation, Func<string, LoadSummary> load, Warehouse warehouse)
    {
        var incoming = folders.Incoming(source);
        Directory.CreateDirectory(incoming);
        var outcomes = new List<InboxOutcome>();
        foreach (var file in new DirectoryInfo(incoming).GetFiles().Where(IsExport).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name))
        {
            cancellation.ThrowIfCancellationRequested();
            outcomes.Add(ProcessFile(warehouse, source, file.FullName, folders, log, load));
        }
        return outcomes;
    }

    private static InboxOutcome ProcessFile(Warehouse warehouse, string source, string file, InboxFolders folders,
        Action<string>? log, Func<string, LoadSummary> load)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (AlreadyLoaded(warehouse, source, SourceFiles.Sha256Of(file)))
            {
                InboxFolders.MoveInto(file, folders.Processed(source));
                log?.Invoke($"{source}/{name}: ya se había cargado (mismo contenido); se movió a procesados sin volver a cargarlo.");
                return new InboxOutcome(source, name, null, true, null);
            }
            log?.Invoke($"{source}/{name}: cargando…");
            var summary = load(file);
            InboxFolders.MoveInto(file, folders.Processed(source));
            log?.Invoke($"{source}/{name}: {LoadReport.OneLine(summary)}");
            return new InboxOutcome(source, name, summary, false, null);
        }
        catch (Exception e) when (e is SourceException or EtlException or ProfileException)
        {
            var moved = InboxFolders.MoveInto(file, folders.Rejected(source));
            File.WriteAllText(moved + ".motivo.txt", e.Message + Environment.NewLine);
            log?.Invoke($"{source}/{name}: RECHAZADO: {e.Message}");
            return new InboxOutcome(source, name, null, false, e.Message);
        }
    }

    private static InboxOutcome PullDatabase(Warehouse warehouse, MappingProfile profile, FileLoadOptions options,
        Action<string>? log, CancellationToken cancellation)
    {
        try
        {
            var summary = DatabaseLoad.Run(warehouse, profile, options, cancellation: cancellation);
            log?.Invoke($"{profile.Source} (base de datos): {LoadReport.OneLine(summary)}");
            return new InboxOutcome(profile.Source, summary.FileName, summary, false, null);
        }
        catch (Exception e) when (e is SourceException or EtlException)
        {
            log?.Invoke($"{profile.Source} (base de datos): FALLÓ: {e.Message}");
            return new InboxOutcome(profile.Source, profile.Source, null, false, e.Message);
        }
    }

    private static bool AlreadyLoaded(Warehouse warehouse, string source, string sha256)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long>(
            warehouse.Sql("SELECT CAST(count(*) AS BIGINT) FROM etl_run WHERE source = @source AND file_sha256 = @sha256 AND status = 'exitosa'"),
            new { source, sha256 }) > 0;
    }

    private static bool IsExport(FileInfo file) =>
        !file.Name.StartsWith('.') && !file.Name.StartsWith("~$", StringComparison.Ordinal)
        && file.Extension.ToLowerInvariant() is ".csv" or ".txt" or ".tsv" or ".xlsx";
}
