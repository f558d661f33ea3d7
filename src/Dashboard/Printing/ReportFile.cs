namespace IndicadoresServicio.Dashboard.Printing;

/// <summary>The formats a report is written in, chosen by the output file's extension: .docx is Word, anything else PDF.</summary>
public static class ReportFile
{
    public static bool IsWord(string path) => Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes <paramref name="page"/> to <paramref name="path"/> as PDF, or as Word with its charts drawn by the same browser.</summary>
    public static async Task Write(PdfPrinter printer, PrintablePage page, string path)
    {
        if (!IsWord(path))
        {
            await printer.Print(page, path);
            return;
        }
        var document = page.Document ?? throw new InvalidOperationException("Este informe no se puede escribir en Word.");
        var pictures = document.Blocks.Any(b => b is Web.Reports.ReportBlock.Chart) ? await printer.ChartPictures(page) : [];
        WordReport.Write(document, pictures, path);
    }
}
