using System.Net;
using System.Text;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Charting;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// One report as a standalone HTML document, written top to bottom: title block with the entity and logo, then
/// headings, paragraphs, tables and charts. Every text goes through HTML encoding; only chart fragments, which
/// <see cref="Charts"/> already escapes, go in raw.
/// </summary>
public sealed class ReportDocument(string title, ReportIdentity identity, DateOnly cutOff, string subtitle)
{
    private readonly StringBuilder _body = new();

    public ReportDocument Heading(string text) => Raw($"<h2>{Encode(text)}</h2>");

    public ReportDocument Paragraph(string text, string? cssClass = null) =>
        Raw(cssClass is null ? $"<p>{Encode(text)}</p>" : $"<p class=\"{cssClass}\">{Encode(text)}</p>");

    public ReportDocument Items(IEnumerable<string> items)
    {
        _body.Append("<ul class=\"hallazgos\">");
        foreach (var item in items)
            _body.Append("<li>").Append(Encode(item)).Append("</li>");
        return Raw("</ul>");
    }

    public ReportDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<ReportCell>> rows, string emptyText)
    {
        var list = rows.ToList();
        if (list.Count == 0)
            return Paragraph(emptyText, "nota");
        _body.Append("<table><thead><tr>");
        foreach (var header in headers)
            _body.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        _body.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
                _body.Append(cell.CssClass is null ? "<td>" : $"<td class=\"{cell.CssClass}\">").Append(Encode(cell.Text)).Append("</td>");
            _body.Append("</tr>");
        }
        return Raw("</tbody></table>");
    }

    /// <summary>A table defined once for a page, its download and its report (<see cref="Tables.ReportTable"/>).</summary>
    public ReportDocument Table(Tables.ReportTable table, string emptyText) =>
        Table(table.Columns, table.Rows.Select(row => (IReadOnlyList<ReportCell>)row.Select(ReportCell.Of).ToList()), emptyText);

    public ReportDocument Chart(ChartHtml chart) => Raw(chart.Html);

    public PrintablePage ToPrintable() => new(Html(), $"{identity.EntityName} · {title}", $"Fecha de corte: {ReportDates.Long(cutOff)}");

    private string Html()
    {
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
            {_body}
            </body>
            </html>
            """;
    }

    private ReportDocument Raw(string html)
    {
        _body.Append(html).Append('\n');
        return this;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
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
}
