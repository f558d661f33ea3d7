using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// A Word report read back with the Open XML SDK as Word would show it: the body's paragraphs with their style,
/// the tables as rows of cell texts, every page's header and footer, the pictures, and what the SDK's schema
/// validator finds wrong (Word refuses to open a file with errors).
/// </summary>
internal sealed record WordText(
    IReadOnlyList<(string Style, string Text)> Paragraphs,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables,
    string Header,
    string Footer,
    int Pictures,
    IReadOnlyList<string> ValidationErrors)
{
    public static WordText Read(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var main = word.MainDocumentPart!;
        var body = main.Document.Body!;
        var paragraphs = body.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText)).ToList();
        var tables = body.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList())
            .ToList();
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        return new WordText(paragraphs, tables,
            string.Join("\n", main.HeaderParts.Select(h => h.Header.InnerText)),
            string.Join("\n", main.FooterParts.Select(f => f.Footer.InnerText)),
            main.ImageParts.Count(), errors);
    }

    public IReadOnlyList<string> Headings(string style) => Paragraphs.Where(p => p.Style == style).Select(p => p.Text).ToList();

    public string AllText => string.Join("\n", Paragraphs.Select(p => p.Text));

    /// <summary>The first row, in any table, whose first cell is <paramref name="first"/>.</summary>
    public IReadOnlyList<string> Row(string first) =>
        Tables.SelectMany(t => t).FirstOrDefault(r => r.Count > 0 && r[0] == first)
        ?? throw new InvalidOperationException($"Ninguna fila de tabla empieza por «{first}».");

    /// <summary>The row whose first cell is <paramref name="first"/> in the first table whose header row starts with <paramref name="header"/>.</summary>
    public IReadOnlyList<string> Row(string header, string first) =>
        Tables.First(t => t[0][0] == header).FirstOrDefault(r => r[0] == first)
        ?? throw new InvalidOperationException($"La tabla «{header}» no tiene la fila «{first}».");
}
