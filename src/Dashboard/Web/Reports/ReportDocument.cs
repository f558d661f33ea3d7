using System.Net;
using System.Text;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// One report, written top to bottom as blocks (headings, paragraphs, lists, tables, charts) after a title block
/// with the entity and logo. The blocks are kept rather than HTML so the same report can be printed to PDF
/// (<see cref="ToPrintable"/>) or written as an editable Word document (<see cref="WordReport"/>).
/// </summary>
public sealed class ReportDocument(string title, ReportIdentity identity, DateOnly cutOff, string subtitle)
{
    private readonly List<ReportBlock> _blocks = [];

    public string Title => title;

    public ReportIdentity Identity => identity;

    public DateOnly CutOff => cutOff;

    public string Subtitle => subtitle;

    public IReadOnlyList<ReportBlock> Blocks => _blocks;

    /// <summary>A section of the report.</summary>
    public ReportDocument Heading(string text) => Add(new ReportBlock.Heading(text, 1));

    /// <summary>A part of a section (the annual report's «por dependencia», «por canal»...).</summary>
    public ReportDocument Subheading(string text) => Add(new ReportBlock.Heading(text, 2));

    public ReportDocument Paragraph(string text, string? cssClass = null) => Add(new ReportBlock.Paragraph(text, cssClass == "nota"));

    /// <summary>A note in small print: a caveat, an empty table's explanation.</summary>
    public ReportDocument Note(string text) => Add(new ReportBlock.Paragraph(text, IsNote: true));

    public ReportDocument Items(IEnumerable<string> items) => Add(new ReportBlock.Items(items.ToList()));

    public ReportDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<ReportCell>> rows, string emptyText)
    {
        var list = rows.ToList();
        return list.Count == 0 ? Note(emptyText) : Add(new ReportBlock.Table(headers, list));
    }

    /// <summary>A table defined once for a page, its download and its report (<see cref="Tables.ReportTable"/>).</summary>
    public ReportDocument Table(Tables.ReportTable table, string emptyText) =>
        Table(table.Columns, table.Rows.Select(row => (IReadOnlyList<ReportCell>)row.Select(ReportCell.Of).ToList()), emptyText);

    public ReportDocument Chart(ChartHtml chart) => Add(new ReportBlock.Chart(chart));

    /// <summary>The report as Chromium prints it; the page keeps this document so it can also be written as Word.</summary>
    public PrintablePage ToPrintable() => new(Html(), $"{identity.EntityName} · {title}", $"Fecha de corte: {ReportDates.Long(cutOff)}", this);

    private ReportDocument Add(ReportBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    // Every text goes through HTML encoding; only chart fragments, which Charts already escapes, go in raw.
    private string Html()
    {
        var body = new StringBuilder();
        foreach (var block in _blocks)
        {
            switch (block)
            {
                case ReportBlock.Heading h:
                    body.Append(h.Level == 1 ? "<h2>" : "<h3>").Append(Encode(h.Text)).Append(h.Level == 1 ? "</h2>" : "</h3>");
                    break;
                case ReportBlock.Paragraph p:
                    body.Append(p.IsNote ? "<p class=\"nota\">" : "<p>").Append(Encode(p.Text)).Append("</p>");
                    break;
                case ReportBlock.Items items:
                    body.Append("<ul class=\"hallazgos\">");
                    foreach (var item in items.Texts)
                        body.Append("<li>").Append(Encode(item)).Append("</li>");
                    body.Append("</ul>");
                    break;
                case ReportBlock.Table table:
                    body.Append("<table><thead><tr>");
                    foreach (var header in table.Headers)
                        body.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
                    body.Append("</tr></thead><tbody>");
                    foreach (var row in table.Rows)
                    {
                        body.Append("<tr>");
                        foreach (var cell in row)
                            body.Append(cell.CssClass is null ? "<td>" : $"<td class=\"{cell.CssClass}\">").Append(Encode(cell.Text)).Append("</td>");
                        body.Append("</tr>");
                    }
                    body.Append("</tbody></table>");
                    break;
                case ReportBlock.Chart chart:
                    body.Append(chart.Html.Html);
                    break;
            }
            body.Append('\n');
        }
        var logo = identity.LogoDataUrl is null ? "" : $"<img src=\"{identity.LogoDataUrl}\" alt=\"Logo de {Encode(identity.EntityName)}\">";
        return $"""
            <!DOCTYPE html>
            <html lang="es-CO">
            <head>
            <meta charset="utf-8">
            <title>{Encode(title)}</title>
            <style>{ReportStyles.Css}</style>
            <script src="{PdfPrinter.PlotlySource}"></script>
            </head>
            <body>
            <header class="portada">{logo}<div><div class="entidad">{Encode(identity.EntityName)}</div><h1>{Encode(title)}</h1>
            <p class="datos">{Encode(subtitle)}</p><p class="datos">Fecha de corte: {Encode(ReportDates.Long(cutOff))}</p></div></header>
            {body}
            </body>
            </html>
            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>One piece of a report, in the order it is read.</summary>
public abstract record ReportBlock
{
    private ReportBlock() { }

    /// <summary>Level 1 is a section, level 2 a part of one.</summary>
    public sealed record Heading(string Text, int Level) : ReportBlock;

    public sealed record Paragraph(string Text, bool IsNote) : ReportBlock;

    public sealed record Items(IReadOnlyList<string> Texts) : ReportBlock;

    public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows) : ReportBlock;

    /// <summary>A chart: drawn by Plotly in the PDF, a picture of that drawing in Word.</summary>
    public sealed record Chart(ChartHtml Html) : ReportBlock;
}

/// <summary>A table cell: its text and, for numbers and traffic lights, how it is drawn.</summary>
public sealed record ReportCell(string Text, string? CssClass = null)
{
    public static implicit operator ReportCell(string text) => new(text);

    public static ReportCell Number(string text) => new(text, "numero");

    /// <summary>A page table's cell as the report prints it: traffic lights with their colour, numbers aligned, as the page reads.</summary>
    public static ReportCell Of(object? value) => value switch
    {
        Tables.TrafficLight light => new ReportCell(light.Label, light.CssClass),
        _ when Tables.CellText.IsNumber(value) => Number(Tables.CellText.Of(value)),
        _ => new ReportCell(Tables.CellText.Of(value)),
    };

    public bool IsNumber => CssClass == "numero";
}
