using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Reports;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// Drafts of the Mesa Técnica's annual report, in data/informes/anual/AAAA/ (the vigencia): the report as Word, for
/// the Mesa to edit, and as PDF. The scheduler writes the draft of the vigencia that ended on the 5th business day of
/// January (the Mesa presents it to the Comité «en el primer mes de la siguiente vigencia») and catches up until the
/// month ends; the Informes page rewrites it after the Mesa edits its conclusions. A marker written last says the
/// scheduler's draft is complete, so it is written once, or redone whole.
/// </summary>
public static class AnnualDrafts
{
    public const string CompleteMarker = "completo.txt";

    /// <summary>The business day of January on which the scheduler writes the draft.</summary>
    public const int WrittenOnBusinessDay = 5;

    public static string Folder(string dataDirectory, int vigencia) =>
        Path.Combine(dataDirectory, "informes", ReportKind.Annual.Word(), vigencia.ToString(CultureInfo.InvariantCulture));

    public static string FileName(int vigencia, string extension) =>
        $"informe-anual-{vigencia.ToString(CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>The day the draft of <paramref name="vigencia"/> is written: the 5th business day of the next January.</summary>
    public static DateOnly WrittenOn(int vigencia, BusinessCalendar calendar) =>
        calendar.AddBusinessDays(new DateOnly(vigencia, 12, 31), WrittenOnBusinessDay);

    /// <summary>The vigencia whose draft is due today: from its 5th business day of January to January's end; else null.</summary>
    public static int? VigenciaDue(DateOnly today, BusinessCalendar calendar) =>
        today.Month == 1 && today >= WrittenOn(today.Year - 1, calendar) ? today.Year - 1 : null;

    /// <summary>A draft on disk: its vigencia, its files (Word first) and when it was last written.</summary>
    public sealed record Draft(int Vigencia, IReadOnlyList<string> Files, DateTime WrittenAt);

    /// <summary>The drafts written so far, newest vigencia first.</summary>
    public static IReadOnlyList<Draft> List(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "informes", ReportKind.Annual.Word());
        if (!Directory.Exists(root))
            return [];
        return Directory.GetDirectories(root)
            .Select(folder => (Folder: folder, Ok: int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var year), Year: year))
            .Where(f => f.Ok)
            .Select(f => (f.Year, Files: new[] { "docx", "pdf" }.Select(e => Path.Combine(f.Folder, FileName(f.Year, e))).Where(File.Exists).ToList()))
            .Where(f => f.Files.Count > 0)
            .Select(f => new Draft(f.Year, f.Files, f.Files.Max(File.GetLastWriteTime)))
            .OrderByDescending(d => d.Vigencia).ToList();
    }

    /// <summary>Writes the scheduler's draft due today, unless it is already complete; the files written (none: nothing to do).</summary>
    public static async Task<IReadOnlyList<string>> WriteDue(ReportContext context, string dataDirectory, DateOnly today, BusinessCalendar calendar)
    {
        if (VigenciaDue(today, calendar) is not { } vigencia || File.Exists(Path.Combine(Folder(dataDirectory, vigencia), CompleteMarker)))
            return [];
        return await Write(context, dataDirectory, vigencia, today);
    }

    /// <summary>Writes (or rewrites) the draft of <paramref name="vigencia"/> measured at <paramref name="cutOff"/>, Word and PDF.</summary>
    public static async Task<IReadOnlyList<string>> Write(ReportContext context, string dataDirectory, int vigencia, DateOnly cutOff)
    {
        var folder = Folder(dataDirectory, vigencia);
        Directory.CreateDirectory(folder);
        File.Delete(Path.Combine(folder, CompleteMarker));
        var order = ReportOrder.Annual(vigencia, cutOff);
        var page = order.Build(context);
        var files = new[] { Path.Combine(folder, FileName(vigencia, "docx")), Path.Combine(folder, FileName(vigencia, "pdf")) };
        await using (var printer = await PdfPrinter.Launch())
            foreach (var file in files)
                await ReportFile.Write(printer, page, file);
        await File.WriteAllTextAsync(Path.Combine(folder, CompleteMarker),
            $"Borrador del informe anual de la vigencia {vigencia} con corte al {ReportDates.Long(cutOff)}.\n");
        return files;
    }
}
