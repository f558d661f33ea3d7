using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace IndicadoresServicio.Generator.Paac;

/// <summary>One cell of a hand-written sheet: text, a number, or a number shown as a percentage (80 % stored as 0.8).</summary>
internal readonly record struct Cell(string? Text, double? Number = null, bool Percent = false)
{
    public static implicit operator Cell(string? text) => new(text);

    public static Cell Of(double number) => new(null, number);

    public static Cell Share(double fraction) => new(null, fraction, true);
}

/// <summary>A worksheet: rows of cells and the ranges merged as the entity merged them ("A6:A8").</summary>
internal sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<Cell>> Rows, IReadOnlyList<string> Merged);

/// <summary>
/// Writes a small .xlsx by hand (SpreadsheetML in a zip): what MiniExcel's writer cannot do and PAAC workbooks always
/// have, merged cells and percentage-formatted cells. Inline strings, one fixed timestamp: same input, same bytes.
/// </summary>
internal static class SheetWriter
{
    private static readonly DateTime Timestamp = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void Write(string path, IReadOnlyList<Sheet> sheets)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))}</Types>
            """);
        Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(sheets.Select((s, i) => $"<sheet name=\"{Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))}</sheets></workbook>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))}<Relationship Id="rId{sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        // Style 0: general; style 1: built-in number format 9 ("0%").
        Part(zip, "xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
            """);
        for (var i = 0; i < sheets.Count; i++)
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", SheetXml(sheets[i]));
    }

    private static string SheetXml(Sheet sheet)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                var cell = sheet.Rows[r][c];
                var reference = Letters(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture);
                if (cell.Number is { } number)
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{(cell.Percent ? " s=\"1\"" : "")}><v>{number.ToString("R", CultureInfo.InvariantCulture)}</v></c>");
                else if (!string.IsNullOrEmpty(cell.Text))
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(cell.Text)}</t></is></c>");
            }
            xml.Append("</row>");
        }
        xml.Append("</sheetData>");
        if (sheet.Merged.Count > 0)
            xml.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"{sheet.Merged.Count}\">{string.Concat(sheet.Merged.Select(m => $"<mergeCell ref=\"{m}\"/>"))}</mergeCells>");
        return xml.Append("</worksheet>").ToString();
    }

    public static string Letters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
            letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }

    private static void Part(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Timestamp;
        using var stream = entry.Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text.Trim()));
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
