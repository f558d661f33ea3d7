namespace IndicadoresServicio.Dashboard.Hosting.Logging;

/// <summary>Section "Indicadores:Registros": how many days of JSON-lines logs the server keeps in data/registros/.</summary>
public sealed class LogSettings
{
    public int Conservar { get; set; } = 30;
}
