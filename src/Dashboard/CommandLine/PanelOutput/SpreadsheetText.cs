namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>
/// Text a spreadsheet would run as a formula (it starts with = + - @ or a tab or carriage return, e.g. a dependency named "=HYPERLINK(...)")
/// is prefixed with an apostrophe so it stays text (CSV/formula injection).
/// </summary>
internal static class SpreadsheetText
{
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
