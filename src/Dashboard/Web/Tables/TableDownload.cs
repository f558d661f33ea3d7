using System.Data;
using System.Globalization;
using System.Text;
using IndicadoresServicio.Core.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace IndicadoresServicio.Dashboard.Web.Tables;

/// <summary>
/// Every table of the dashboard downloads through here, as XLSX or as CSV.
/// CSV is what Excel in Spanish (Colombia) opens by double-click: UTF-8 with a byte-order mark (or accents break),
/// ';' between cells (',' is the decimal separator there), decimal comma, no thousands separator, dates AAAA-MM-DD.
/// Text that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe in both formats, so a
/// value that came from an export can never run as a formula in the spreadsheet of whoever opens the download.
/// </summary>
public static class TableDownload
{
    public const char CsvSeparator = ';';
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>"xlsx" or "csv" as the file, its content type and its name (<c>cargas-2024-07-15.xlsx</c>); null for another format.</summary>
    public static (byte[] Content, string ContentType, string FileName)? File(ReportTable table, string format, DateOnly today)
    {
        var name = $"{TextKey.Slug(table.Name)}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return format switch
        {
            "xlsx" => (Xlsx(table), XlsxContentType, name + ".xlsx"),
            "csv" => (Csv(table), CsvContentType, name + ".csv"),
            _ => null,
        };
    }

    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static byte[] Csv(ReportTable table)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(CsvSeparator, table.Columns.Select(c => Quote(Neutralise(c)))).Append("\r\n");
        foreach (var row in table.Rows)
            csv.AppendJoin(CsvSeparator, row.Select(cell => Quote(CsvText(cell)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Xlsx(ReportTable table)
    {
        var data = new DataTable(table.Name);
        var types = table.Columns.Select((_, i) => ColumnType(table.Rows, i)).ToList();
        var formats = new List<DynamicExcelColumn>();
        foreach (var (column, i) in table.Columns.Select((c, i) => (c, i)))
        {
            var header = Neutralise(column);
            data.Columns.Add(header, types[i]);
            if (types[i] == typeof(DateTime))
                formats.Add(new DynamicExcelColumn(header) { Format = HasTime(table.Rows, i) ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd", Width = 16 });
        }
        foreach (var row in table.Rows)
            data.Rows.Add(row.Select(XlsxValue).ToArray());
        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: SheetName(table.Name), excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { DynamicColumns = formats.ToArray() });
        return stream.ToArray();
    }

    private static string CsvText(object? cell) => cell switch
    {
        null => "",
        string s => Neutralise(s),
        TrafficLight light => Neutralise(light.Label),
        LinkCell link => Neutralise(link.Text),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "sí" : "no",
        int or long or short or byte => Convert.ToString(cell, CultureInfo.InvariantCulture)!,
        double or float or decimal => ((IFormattable)cell).ToString("0.##########", Colombia),
        _ => Neutralise(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([CsvSeparator, '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    private static object XlsxValue(object? cell) => cell switch
    {
        null => DBNull.Value,
        string s => Neutralise(s),
        TrafficLight light => Neutralise(light.Label),
        LinkCell link => Neutralise(link.Text),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        bool b => b ? "sí" : "no",
        _ => cell,
    };

    /// <summary>The column's type from its values: one typed column keeps numbers and dates sortable in Excel.</summary>
    private static Type ColumnType(IReadOnlyList<IReadOnlyList<object?>> rows, int column)
    {
        var kinds = rows.Select(r => r[column]).Where(v => v is not null).Select(v => v switch
        {
            int or long or short or byte => typeof(long),
            double or float or decimal => typeof(double),
            DateOnly or DateTime => typeof(DateTime),
            _ => typeof(string),
        }).Distinct().ToList();
        return kinds switch
        {
            [] => typeof(string),
            [var only] => only,
            _ when kinds.All(k => k == typeof(long) || k == typeof(double)) => typeof(double),
            _ => typeof(string),
        };
    }

    private static bool HasTime(IReadOnlyList<IReadOnlyList<object?>> rows, int column) =>
        rows.Any(r => r[column] is DateTime t && t.TimeOfDay != TimeSpan.Zero);

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray()).Trim();
        return clean.Length == 0 ? "Datos" : clean.Length <= 31 ? clean : clean[..31];
    }
}
