using System.Data;
using IndicadoresServicio.Indicators.Measurement;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>The panel as an Excel workbook (one sheet, the JSON's columns); numbers stay numbers, text cannot become a formula.</summary>
internal static class PanelXlsx
{
    public const string SheetName = "Indicadores";

    public static void Write(Panel panel, string path)
    {
        // A table rather than a list of rows: an empty panel still gets its header row.
        using var table = new DataTable(SheetName);
        foreach (var column in PanelRow.Columns(panel))
            table.Columns.Add(column, typeof(object));
        foreach (var row in PanelRow.Rows(panel))
            table.Rows.Add(row.Select(c => c.Value is string text ? SpreadsheetText.Neutralise(text) : c.Value ?? DBNull.Value).ToArray());
        MiniExcel.SaveAs(path, table, sheetName: SheetName, overwriteFile: true);
    }
}
