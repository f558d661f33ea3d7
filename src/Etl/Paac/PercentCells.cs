using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// The cells of a worksheet formatted as a percentage ("0%", "0.00%" or a custom format with %). Excel keeps 80 %
/// as 0.8 and MiniExcel hands back the number without its format, so the progress reader asks here whether a 0.8
/// means 80 %. Reads the workbook's styles and the sheet's cell references only (no values).
/// </summary>
internal static class PercentCells
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Built-in number formats 9 (0%) and 10 (0.00%).
    private static readonly HashSet<int> BuiltInPercent = [9, 10];

    /// <summary>The references ("F7") of percent-formatted cells of the sheet; empty when the workbook cannot tell.</summary>
    public static IReadOnlySet<string> Of(string path, string sheetName)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var percentStyles = PercentStyles(zip);
            if (percentStyles.Count == 0 || SheetPart(zip, sheetName) is not { } part || zip.GetEntry(part) is not { } entry)
                return new HashSet<string>();
            var cells = new HashSet<string>(StringComparer.Ordinal);
            using var reader = XmlReader.Create(entry.Open());
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c"
                    && int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style)
                    && percentStyles.Contains(style) && reader.GetAttribute("r") is { } reference)
                    cells.Add(reference);
            return cells;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return new HashSet<string>();
        }
    }

    /// <summary>Indexes into cellXfs whose number format shows a percentage.</summary>
    private static HashSet<int> PercentStyles(ZipArchive zip)
    {
        var result = new HashSet<int>();
        if (zip.GetEntry("xl/styles.xml") is not { } styles)
            return result;
        var document = new XmlDocument();
        using (var stream = styles.Open())
            document.Load(stream);
        var names = new XmlNamespaceManager(document.NameTable);
        names.AddNamespace("x", Main);
        var percentFormats = new HashSet<int>(BuiltInPercent);
        foreach (XmlElement format in document.SelectNodes("/x:styleSheet/x:numFmts/x:numFmt", names)!)
            if (format.GetAttribute("formatCode").Replace("\"%\"", "").Contains('%')
                && int.TryParse(format.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
                percentFormats.Add(id);
        var index = 0;
        foreach (XmlElement xf in document.SelectNodes("/x:styleSheet/x:cellXfs/x:xf", names)!)
        {
            if (int.TryParse(xf.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format) && percentFormats.Contains(format))
                result.Add(index);
            index++;
        }
        return result;
    }

    /// <summary>The zip entry of the sheet with this name ("xl/worksheets/sheet2.xml").</summary>
    private static string? SheetPart(ZipArchive zip, string sheetName)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } workbookEntry || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relsEntry)
            return null;
        var workbook = new XmlDocument();
        using (var stream = workbookEntry.Open())
            workbook.Load(stream);
        var names = new XmlNamespaceManager(workbook.NameTable);
        names.AddNamespace("x", Main);
        string? relation = null;
        foreach (XmlElement sheet in workbook.SelectNodes("/x:workbook/x:sheets/x:sheet", names)!)
            if (sheet.GetAttribute("name") == sheetName)
                relation = sheet.GetAttribute("id", Relationships);
        if (relation is null)
            return null;
        var rels = new XmlDocument();
        using (var stream = relsEntry.Open())
            rels.Load(stream);
        foreach (XmlElement rel in rels.DocumentElement!.ChildNodes.OfType<XmlElement>())
            if (rel.GetAttribute("Id") == relation)
            {
                var target = rel.GetAttribute("Target");
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        return null;
    }
}
