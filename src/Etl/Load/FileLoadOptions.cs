namespace IndicadoresServicio.Etl.Load;

/// <summary>Where a load runs: cut-off, today, the entity calendars' folder, and the petitioner-hash salt.</summary>
public sealed record FileLoadOptions(DateOnly CutOff, DateOnly Today, string NonWorkingDaysDirectory, string? PetitionerSalt)
{
    /// <summary>The share of rows quarantined past which a load ends «con advertencias» (setting Indicadores:UmbralCuarentena).</summary>
    public double QuarantineShare { get; init; } = QuarantineWarning.DefaultShare;
}
