namespace IndicadoresServicio.Dashboard.Printing;

/// <summary>
/// A report ready to print: its whole HTML document and what every printed page repeats (the entity and title in
/// the header, the cut-off date next to «Página x de y» in the footer), and the document it was written from, which
/// <see cref="WordReport"/> writes as an editable Word file.
/// </summary>
public sealed record PrintablePage(string Html, string HeaderText, string FooterText, Web.Reports.ReportDocument? Document = null);
