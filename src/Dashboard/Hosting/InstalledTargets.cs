using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>
/// The targets the dashboard judges by: the installation's config/metas.json when there is one, else the
/// catalogue's. Read once at start: a broken file stops the server with its Spanish complaint instead of
/// painting every traffic light against targets nobody set.
/// </summary>
public static class InstalledTargets
{
    public static Targets Load(Installation installation)
    {
        var path = Path.Combine(installation.Root, TargetsFile.DefaultRelativePath);
        return File.Exists(path) ? TargetsFile.Load(path) : Targets.Defaults;
    }
}
