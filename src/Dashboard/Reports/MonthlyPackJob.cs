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

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        if (!MonthlyPack.IsFirstBusinessDay(today, BusinessCalendar.National))
            return ValueTask.CompletedTask;
        return ScheduledReport.Write(installation, warehouse, log, "No se pudo generar el paquete mensual de informes",
            async (reports, dataDirectory) =>
                await MonthlyPack.Write(reports, dataDirectory, today) is { Count: > 0 } written
                    ? $"Paquete mensual de informes: {written.Count} PDF en {Path.GetDirectoryName(written[0])}."
                    : null);
    }
}
