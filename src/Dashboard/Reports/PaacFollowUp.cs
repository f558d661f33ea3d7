using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Paac;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Paac;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// The OCI's PAAC/PTEP follow-up of each cut-off (April 30, August 31, December 31), written by the scheduler on the
/// 5th business day after it into data/informes/paac/AAAA-MM-DD/ (the cut-off): the report as PDF and the follow-up
/// matrix as XLSX, ready to publish within the 10 business days the law gives. A marker file written last makes it
/// idempotent: a follow-up is complete or it is redone whole.
/// </summary>
public static class PaacFollowUp
{
    public const string CompleteMarker = "completo.txt";
    public const string PdfName = "seguimiento-paac.pdf";
    public const string XlsxName = "seguimiento-paac.xlsx";

    /// <summary>The business day after the cut-off on which the report is written.</summary>
    public const int WrittenOnBusinessDay = 5;

    /// <summary>Business days after the cut-off within which the OCI publishes (Decreto 124 de 2016).</summary>
    public const int PublishedWithinBusinessDays = 10;

    /// <summary>The day the follow-up of <paramref name="cutOff"/> is written: its 5th business day after.</summary>
    public static DateOnly WrittenOn(DateOnly cutOff, BusinessCalendar calendar) => calendar.AddBusinessDays(cutOff, WrittenOnBusinessDay);

    /// <summary>
    /// The cut-off whose follow-up is to be written today: today is its 5th business day after, or a later one up to
    /// the 10th (a server that was off on the 5th still writes it while it can be published on time); else null.
    /// </summary>
    public static DateOnly? CutOffDue(DateOnly today, BusinessCalendar calendar)
    {
        foreach (var cutOff in PaacActivities.CutOffs(today.Year - 1).Concat(PaacActivities.CutOffs(today.Year)))
            if (today >= WrittenOn(cutOff, calendar) && today <= calendar.AddBusinessDays(cutOff, PublishedWithinBusinessDays))
                return cutOff;
        return null;
    }

    public static string Folder(string dataDirectory, DateOnly cutOff) =>
        Path.Combine(dataDirectory, "informes", ReportKind.Paac.Word(), cutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>What a run did: the files written (none when there was nothing to do) and what to log, in Spanish.</summary>
    public sealed record Outcome(IReadOnlyList<string> Files, string? Message);

    /// <summary>Writes the follow-up due today, if any, unless it is already complete.</summary>
    public static Task<Outcome> WriteDue(ReportContext context, string dataDirectory, DateOnly today, BusinessCalendar calendar) =>
        CutOffDue(today, calendar) is { } cutOff ? Write(context, dataDirectory, cutOff, today) : Task.FromResult(new Outcome([], null));

    /// <summary>Writes the follow-up of <paramref name="cutOff"/> (the vigencia is its year) unless it is already complete.</summary>
    public static async Task<Outcome> Write(ReportContext context, string dataDirectory, DateOnly cutOff, DateOnly today)
    {
        var folder = Folder(dataDirectory, cutOff);
        if (File.Exists(Path.Combine(folder, CompleteMarker)))
            return new Outcome([], null);
        var vigencia = cutOff.Year;
        if (!PaacActivities.Vigencias(context.Warehouse).Contains(vigencia))
            return new Outcome([], $"Seguimiento al PAAC con corte al {ReportDates.Long(cutOff)}: no hay un plan cargado para la vigencia {vigencia}; " +
                "se intentará de nuevo mañana.");
        Directory.CreateDirectory(folder);
        var pdf = Path.Combine(folder, PdfName);
        var xlsx = Path.Combine(folder, XlsxName);
        var matrix = PaacTables.FollowUp(PaacFigures.Measure(context.Warehouse, context.Targets, vigencia, cutOff));
        await File.WriteAllBytesAsync(xlsx, TableDownload.Xlsx(matrix));
        await using (var printer = await PdfPrinter.Launch())
            await printer.Print(PaacReport.Build(context, vigencia, cutOff), pdf);
        await File.WriteAllTextAsync(Path.Combine(folder, CompleteMarker),
            $"Seguimiento de la vigencia {vigencia} con corte al {ReportDates.Long(cutOff)} generado el {ReportDates.Long(today)}.\n");
        return new Outcome([pdf, xlsx], $"Seguimiento al PAAC con corte al {ReportDates.Long(cutOff)} escrito en {folder} (PDF y XLSX).");
    }
}
