using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>Where an installation's reports come from: its warehouse, its targets, its settings.</summary>
public static class ReportSources
{
    /// <exception cref="TargetsException">The targets file is wrong.</exception>
    public static ReportContext Context(Installation installation, Warehouse warehouse, string? targetsPath = null)
    {
        var installed = Path.Combine(installation.Root, TargetsFile.DefaultRelativePath);
        var targets = targetsPath is not null ? TargetsFile.Load(targetsPath)
            : File.Exists(installed) ? TargetsFile.Load(installed) : Targets.Defaults;
        return new ReportContext(warehouse, targets, ReportIdentity.From(SettingsFiles.Read(installation), installation.Root));
    }
}
