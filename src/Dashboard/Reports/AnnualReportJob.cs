using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Warehousing;
using Quartz;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// Runs every day at 7:45 a. m. (Colombia; after the monthly pack and the PAAC follow-up, so one Chromium at a time)
/// and acts only in January from its 5th business day: business days move with the holidays (January 1 and Reyes),
/// which no cron can follow. Writing is idempotent (<see cref="AnnualDrafts"/>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class AnnualReportJob(Installation installation, Warehouse warehouse, ColombianClock clock, ILogger<AnnualReportJob> log) : IJob
{
    public static readonly JobKey Key = new("informe-anual", "informes");
    public const string Cron = "0 45 7 * * ?";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        ScheduledReport.Write(installation, warehouse, log, "No se pudo escribir el borrador del informe anual",
            async (reports, dataDirectory) =>
                await AnnualDrafts.WriteDue(reports, dataDirectory, clock.Today, BusinessCalendar.National) is [var first, ..]
                    ? $"Borrador del informe anual escrito en {Path.GetDirectoryName(first)} (Word y PDF)."
                    : null);
}
