namespace IndicadoresServicio.Etl.Load;

/// <summary>Where a load runs: cut-off, today, the entity calendars' folder, and the petitioner-hash salt.</summary>
public sealed record FileLoadOptions(DateOnly CutOff, DateOnly Today, string NonWorkingDaysDirectory, string? PetitionerSalt);
