using System.Globalization;
using System.Text;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>The panel as CSV (comma, header, invariant numbers, rates as fractions): the same columns as the JSON.</summary>
internal static class PanelCsv
{
    public static string Write(Panel panel)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', PanelRow.Columns(panel).Select(Quote)));
        foreach (var row in PanelRow.Rows(panel))
            csv.AppendLine(string.Join(',', row.Select(cell => Quote(Cell(cell.Value)))));
        return csv.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => SpreadsheetText.Neutralise(value.ToString() ?? ""),
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
