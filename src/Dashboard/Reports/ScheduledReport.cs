using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// What every scheduled report job does around its own writing: build the report context from the installation,
/// say in the log what was written, and never let a failure escape to Quartz, which would only retry it at once;
/// the next day's run tries again, and the log says why this one failed.
/// </summary>
internal static class ScheduledReport
{
    /// <param name="write">Writes what is due and returns the line to log, or null when nothing was due.</param>
    /// <param name="failure">The Spanish sentence that opens the error logged when writing fails.</param>
    public static async ValueTask Write(Installation installation, Warehouse warehouse, ILogger log, string failure,
        Func<ReportContext, string, Task<string?>> write)
    {
        try
        {
            if (await write(ReportSources.Context(installation, warehouse), installation.DataDirectory) is { } written)
                log.LogInformation("{Written}", written);
        }
        catch (Exception e)
        {
            log.LogError(e, "{Failure}: {Message}", failure, e.Message);
        }
    }
}
