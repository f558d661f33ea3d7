namespace IndicadoresServicio.Dashboard.Printing;

/// <summary>
/// A report ready to print: its whole HTML document and what every printed page repeats (the entity and title in
/// the header, the cut-off date next to «Página x de y» in the footer).
/// </summary>
public sealed record PrintablePage(string Html, string HeaderText, string FooterText);
