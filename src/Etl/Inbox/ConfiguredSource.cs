namespace IndicadoresServicio.Etl.Inbox;

/// <summary>
/// A source the installation loads by itself: its mapping profile and, optionally, a Quartz cron schedule that
/// overrides the profile's "programacion". Bound from the "Indicadores:Fuentes" configuration section.
/// </summary>
public sealed class ConfiguredSource
{
    public string Perfil { get; set; } = "";

    public string? Programacion { get; set; }
}
