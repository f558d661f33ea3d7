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
        if (Surveys.SurveyProfiles.IsSurvey(profilePath))
        {
            var survey = Surveys.SurveyProfiles.Load(profilePath);
            return ProcessFolder(survey.Source, folders, cancellation,
                file => ProcessFile(warehouse, survey.Source, file, folders, log, () => Surveys.SurveyLoad.Run(warehouse, survey, file, options, cancellation: cancellation)));
        }
        var profile = MappingProfiles.Load(profilePath);
        if (profile.Format == SourceFormat.Postgres)
            return [PullDatabase(warehouse, profile, options, log, cancellation)];
        return ProcessFolder(profile.Source, folders, cancellation,
            file => ProcessFile(warehouse, profile.Source, file, folders, log, () => FileLoad.Run(warehouse, profile, file, options, cancellation: cancellation)));
    }

    private static IReadOnlyList<InboxOutcome> ProcessFolder(string source, InboxFolders folders, CancellationToken cancellation,
        Func<string, InboxOutcome> process)
    {
        var incoming = folders.Incoming(source);
        Directory.CreateDirectory(incoming);
        var outcomes = new List<InboxOutcome>();
        foreach (var file in new DirectoryInfo(incoming).GetFiles().Where(IsExport).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name))
        {
            cancellation.ThrowIfCancellationRequested();
            outcomes.Add(process(file.FullName));
        }
        return outcomes;
    }

    /// <param name="load">The dataset's own load of <paramref name="file"/> (petitions or surveys, by the profile's "tipo").</param>
    private static InboxOutcome ProcessFile(Warehouse warehouse, string source, string file, InboxFolders folders, Action<string>? log,
        Func<LoadSummary> load)
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
            var summary = load();
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
