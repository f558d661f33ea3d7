namespace IndicadoresServicio.Dashboard.Operations.Backup;

/// <summary>
/// Section "Indicadores:Respaldo": the server takes a backup on <see cref="Cron"/> (Colombian time) into a dated
/// folder under <see cref="Carpeta"/> and keeps the newest <see cref="Conservar"/>. On by default: an office that
/// installs the server and forgets it should still have last night's copy. An empty cron turns it off.
/// </summary>
public sealed class BackupSettings
{
    public const string DefaultCron = "0 30 1 * * ?";

    /// <summary>Relative to the installation's folder, or absolute.</summary>
    public string Carpeta { get; set; } = "data/respaldos";

    public int Conservar { get; set; } = 7;

    public string? Cron { get; set; } = DefaultCron;

    public bool Enabled => !string.IsNullOrWhiteSpace(Cron) && Conservar > 0;
}
