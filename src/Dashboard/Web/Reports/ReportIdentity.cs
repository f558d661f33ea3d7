using IndicadoresServicio.Dashboard.Settings;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Who signs a report: the entity's name (Indicadores:Entidad) and its logo (Indicadores:Logo, a PNG, JPEG or SVG
/// path, relative to the installation), embedded as a data: URL so the printed page fetches nothing.
/// </summary>
public sealed record ReportIdentity(string EntityName, string? LogoDataUrl)
{
    public static ReportIdentity From(IndicadoresSettings settings, string installationRoot)
    {
        var name = string.IsNullOrWhiteSpace(settings.Entidad) ? "Entidad sin nombre configurado" : settings.Entidad.Trim();
        if (string.IsNullOrWhiteSpace(settings.Logo))
            return new ReportIdentity(name, null);
        var path = Path.GetFullPath(Path.Combine(installationRoot, settings.Logo));
        if (!File.Exists(path))
            return new ReportIdentity(name, null);   // a missing logo must not stop the monthly pack
        var type = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" => "image/svg+xml",
            ".jpg" or ".jpeg" => "image/jpeg",
            _ => "image/png",
        };
        return new ReportIdentity(name, $"data:{type};base64,{Convert.ToBase64String(File.ReadAllBytes(path))}");
    }
}
