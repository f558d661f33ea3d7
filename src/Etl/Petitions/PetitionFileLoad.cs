using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// One petitions export file through one mapping profile into the warehouse. Every caller (the command line, the
/// inbox, the scheduled job, the demo) reaches it through <see cref="Datasets.DatasetProfiles.Open"/>, so they
/// cannot drift apart.
/// </summary>
public static class PetitionFileLoad
{
    public static LoadSummary Run(Warehouse warehouse, MappingProfile profile, string filePath, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        var table = SourceFiles.Open(filePath, profile, options.PetitionerSalt);
        var calendar = CalendarOf(profile, options.NonWorkingDaysDirectory);
        // Hashed on the side while the load reads the same file (from the page cache by then); awaited at the end.
        var sha256 = Task.Run(() => SourceFiles.Sha256Of(filePath), CancellationToken.None);
        try
        {
            return PetitionLoad.Run(warehouse, profile, table, new LoadOptions(options.CutOff, options.Today, calendar, sha256) { QuarantineShare = options.QuarantineShare },
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
