using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// Runs every day at 7 a. m. (Colombia) and acts only on the first business day of the month: a fixed "day 1"
/// cron would fall on holidays and weekends, and a daily check also catches up after a day the server was off…
/// as long as it is still that first business day. Writing is idempotent (<see cref="MonthlyPack"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlyPackJob(Installation installation, Warehouse warehouse, ColombianClock clock, ILogger<MonthlyPackJob> log) : IJob
{
    public static readonly JobKey Key = new("paquete-mensual", "informes");
    public const string Cron = "0 0 7 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        if (!MonthlyPack.IsFirstBusinessDay(today, BusinessCalendar.National))
            return;
        try
        {
            var written = await MonthlyPack.Write(ReportSources.Context(installation, warehouse), installation.DataDirectory, today);
            if (written.Count > 0)
                log.LogInformation("Paquete mensual de informes: {Count} PDF en {Folder}.", written.Count, Path.GetDirectoryName(written[0]));
        }
        catch (Exception e)
        {
            log.LogError(e, "No se pudo generar el paquete mensual de informes: {Message}", e.Message);
        }
    }
}
