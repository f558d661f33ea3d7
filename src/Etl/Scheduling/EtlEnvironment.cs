using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Scheduling;

/// <summary>What the scheduled jobs work on: the warehouse, the drop folders, and how to build a load's options.</summary>
public sealed record EtlEnvironment(Warehouse Warehouse, InboxFolders Folders, string NonWorkingDaysDirectory, string? PetitionerSalt)
{
    /// <summary>Scheduled loads report statuses as of today.</summary>
    public FileLoadOptions OptionsFor(DateOnly cutOff) =>
        new(cutOff, ColombianTime.Today(), NonWorkingDaysDirectory, PetitionerSalt);
}
