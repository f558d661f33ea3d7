using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// Runs every day at 7:30 a. m. (Colombia; after the monthly pack, so one Chromium at a time) and acts only from the
/// 5th business day after a PAAC cut-off: business days move with the holidays, which no cron can follow. Writing is
/// idempotent (<see cref="PaacFollowUp"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class PaacFollowUpJob(Installation installation, Warehouse warehouse, ColombianClock clock, ILogger<PaacFollowUpJob> log) : IJob
{
    public static readonly JobKey Key = new("seguimiento-paac", "informes");
    public const string Cron = "0 30 7 * * ?";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        ScheduledReport.Write(installation, warehouse, log, "No se pudo generar el seguimiento al PAAC",
            async (reports, dataDirectory) =>
                (await PaacFollowUp.WriteDue(reports, dataDirectory, clock.Today, BusinessCalendar.National)).Message);
}
