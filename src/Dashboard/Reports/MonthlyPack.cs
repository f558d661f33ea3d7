using System.Globalization;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// The month's pack for the Comité: its report and one ficha per dependency for the month just closed, written on
/// the first business day of the next month into data/informes/AAAA-MM/ (the month reported). A marker file written
/// last makes it idempotent: a pack is complete or it is redone whole.
/// </summary>
public static class MonthlyPack
{
    public const string CompleteMarker = "completo.txt";

    public static bool IsFirstBusinessDay(DateOnly day, BusinessCalendar calendar)
    {
        if (!calendar.IsBusinessDay(day))
            return false;
        for (var earlier = new DateOnly(day.Year, day.Month, 1); earlier < day; earlier = earlier.AddDays(1))
            if (calendar.IsBusinessDay(earlier))
                return false;
        return true;
    }

    /// <summary>The month before <paramref name="today"/>, whole.</summary>
    public static Period MonthBefore(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return Period.Of(first, first.AddMonths(1).AddDays(-1));
    }

    public static string Folder(string dataDirectory, Period month) =>
        Path.Combine(dataDirectory, "informes", month.From.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>Writes the pack unless it is already complete; returns the files written (none when it was).</summary>
    public static async Task<IReadOnlyList<string>> Write(ReportContext context, string dataDirectory, DateOnly today)
    {
        var month = MonthBefore(today);
        var folder = Folder(dataDirectory, month);
        if (File.Exists(Path.Combine(folder, CompleteMarker)))
            return [];
        Directory.CreateDirectory(folder);
        // Measure everything first (one warehouse connection at a time), then print the batch with one Chromium.
        var batch = new List<(PrintablePage Page, string PdfPath)> { (CommitteeReport.Build(context, month, today), Path.Combine(folder, "comite.pdf")) };
        foreach (var dependency in context.Dependencies(month, today))
            batch.Add((DependencyScorecard.Build(context, month, today, dependency), Path.Combine(folder, $"ficha-{Slug(dependency)}.pdf")));
        await using (var printer = await PdfPrinter.Launch())
            await printer.PrintAll(batch);
        var written = batch.Select(b => b.PdfPath).ToList();
        await File.WriteAllTextAsync(Path.Combine(folder, CompleteMarker),
            $"Paquete de {ReportDates.Month(month.From)} generado el {ReportDates.Long(today)}: {written.Count} archivos.\n");
        return written;
    }

    /// <summary>A file-name-safe form of a dependency: «Secretaría de Hacienda» → secretaria-de-hacienda.</summary>
    public static string Slug(string name)
    {
        var folded = TextKey.Fold(name);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
