using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>Where a load runs: cut-off, today, the entity calendars' folder, and the petitioner-hash salt.</summary>
public sealed record FileLoadOptions(DateOnly CutOff, DateOnly Today, string NonWorkingDaysDirectory, string? PetitionerSalt);

/// <summary>
/// One export file through one mapping profile into the warehouse: the path every caller takes (the
/// command line, the inbox, the scheduled job), so they cannot drift apart.
/// </summary>
public static class FileLoad
{
    /// <summary>The profile's "tipo" picks the dataset: "encuesta" loads a survey export, anything else (the default) petitions.</summary>
    public static LoadSummary Run(Warehouse warehouse, string profilePath, string filePath, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default) =>
        Surveys.SurveyProfiles.IsSurvey(profilePath)
            ? Surveys.SurveyLoad.Run(warehouse, profilePath, filePath, options, progress, cancellation)
            : Run(warehouse, MappingProfiles.Load(profilePath), filePath, options, progress, cancellation);

    public static LoadSummary Run(Warehouse warehouse, MappingProfile profile, string filePath, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        var table = SourceFiles.Open(filePath, profile, options.PetitionerSalt);
        var calendar = CalendarOf(profile, options.NonWorkingDaysDirectory);
        // Hashed on the side while the load reads the same file (from the page cache by then); awaited at the end.
        var sha256 = Task.Run(() => SourceFiles.Sha256Of(filePath), CancellationToken.None);
        try
        {
            return PetitionLoad.Run(warehouse, profile, table, new LoadOptions(options.CutOff, options.Today, calendar, sha256),
                progress, cancellation);
        }
        finally
        {
            // Never left running past the load, nor failed with nobody looking: the load has said what went wrong.
            try { sha256.Wait(CancellationToken.None); } catch (Exception) { }
        }
    }

    /// <summary>The entity's closures: those its profile lists plus those in its calendar file.</summary>
    public static BusinessCalendar CalendarOf(MappingProfile profile, string nonWorkingDaysDirectory)
    {
        var fromFile = NonWorkingDaysFile.CalendarFor(nonWorkingDaysDirectory, profile.Entity).ExtraNonWorkingDays;
        return new BusinessCalendar(profile.NonWorkingDays.Concat(fromFile).Distinct());
    }
}
