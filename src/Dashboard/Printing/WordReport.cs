using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IndicadoresServicio.Dashboard.Web.Reports;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace IndicadoresServicio.Dashboard.Printing;

/// <summary>
/// Writes a report as a Word document (DOCX) the Mesa Técnica or the Comité's secretary edits before presenting it:
/// real headings (Word's navigation pane lists them), real tables whose header row repeats on every page, charts as
/// pictures of the PDF's own drawing, and the entity, title and cut-off on every page's header and footer.
/// Built with the Open XML SDK (MIT): no Office, no template file.
/// </summary>
public static class WordReport
{
    // A4 with 2 cm margins, in twentieths of a point (Word's unit for page geometry).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - 2 * Margin;

    // Pictures are sized in EMU: 635 per twentieth of a point, 9,525 per CSS pixel.
    private const long EmuPerTwip = 635;
    private const long EmuPerPixel = 9525;

    private const string Blue = "1F4E79";
    private const string BulletList = "1";

    /// <param name="chartPictures">
    /// A PNG per chart block, in order, as <see cref="PdfPrinter.ChartPictures"/> draws them; null when no browser
    /// could draw them: the document then says where each chart would be.
    /// </param>
    /// <param name="pixelRatio">How many PNG pixels make one CSS pixel of the chart (the snapshot's device scale).</param>
    public static void Write(ReportDocument report, IReadOnlyList<byte[]>? chartPictures, Stream output, double pixelRatio = PdfPrinter.PictureScale)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        AddStyles(main);
        AddBullets(main);
        var body = new Body();
        main.Document = new Document(body);

        Cover(main, body, report);
        var charts = 0;
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportBlock.Heading h:
                    body.Append(Para(h.Text, h.Level == 1 ? "Heading1" : "Heading2"));
                    break;
                case ReportBlock.Paragraph p:
                    body.Append(Para(p.Text, p.IsNote ? "Nota" : null));
                    break;
                case ReportBlock.Items items:
                    foreach (var text in items.Texts)
                        body.Append(Bullet(text));
                    break;
                case ReportBlock.Table table:
                    body.Append(Table(table));
                    body.Append(new Paragraph());   // Word glues consecutive tables together without one
                    break;
                case ReportBlock.Chart chart:
                    var picture = chartPictures is not null && charts < chartPictures.Count ? chartPictures[charts] : null;
                    charts++;
                    body.Append(Para(chart.Html.Caption, "Leyenda"));
                    body.Append(picture is null
                        ? Para("El gráfico no se pudo dibujar en este documento (falta Chromium); está en la versión PDF del informe.", "Nota")
                        : Picture(main, picture, charts, chart.Html.Caption, pixelRatio));
                    break;
            }
        }
        body.Append(PageSetup(main, report));
        main.Document.Save();
    }

    /// <summary>Writes the report to <paramref name="path"/>, replacing it only once the whole document is written.</summary>
    public static void Write(ReportDocument report, IReadOnlyList<byte[]>? chartPictures, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".parcial";
        using (var stream = File.Create(partial))
            Write(report, chartPictures, stream);
        File.Move(partial, full, overwrite: true);
    }

    private static void Cover(MainDocumentPart main, Body body, ReportDocument report)
    {
        if (LogoPng(report.Identity.LogoDataUrl) is { } logo)
            body.Append(Picture(main, logo.Bytes, 0, $"Logo de {report.Identity.EntityName}", pixelRatio: 1, maxWidthEmu: 1_800_000, type: logo.Type));
        body.Append(Para(report.Identity.EntityName, "Entidad"));
        body.Append(Para(report.Title, "Title"));
        body.Append(Para(report.Subtitle, null));
        body.Append(Para($"Fecha de corte: {ReportDates.Long(report.CutOff)}", null));
    }

    private static Paragraph Para(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(TextRun(text));
        return paragraph;
    }

    private static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
            run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Bullet(string text) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = int.Parse(BulletList, CultureInfo.InvariantCulture) })),
        TextRun(text));

    private static Table Table(ReportBlock.Table block)
    {
        var columns = block.Headers.Count;
        var width = TextWidth / Math.Max(columns, 1);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BFBFBF" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // The header row repeats at the top of every page the table runs onto.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var text in block.Headers)
            header.Append(Cell(text, width, fill: "E8EEF5", bold: true, right: false));
        table.Append(header);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var cell in row)
                tableRow.Append(Cell(cell.Text, width, LightFill(cell.CssClass), bold: cell.CssClass?.Contains("semaforo") == true, right: cell.IsNumber));
            table.Append(tableRow);
        }
        return table;
    }

    private static TableCell Cell(string text, int width, string? fill, bool bold, bool right)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = "Celda" });
        if (right)
            paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        return new TableCell(properties, new Paragraph(paragraphProperties, TextRun(text, bold ? new RunProperties(new Bold()) : null)));
    }

    // The same colours as the PDF's traffic lights (ReportStyles): the word is always there for a grey printout.
    private static string? LightFill(string? cssClass) => cssClass switch
    {
        { } c when c.Contains("semaforo-verde", StringComparison.Ordinal) => "D9EFD9",
        { } c when c.Contains("semaforo-amarillo", StringComparison.Ordinal) => "FFF2C2",
        { } c when c.Contains("semaforo-rojo", StringComparison.Ordinal) => "F8D4D4",
        _ => null,
    };

    private static Paragraph Picture(MainDocumentPart main, byte[] image, int number, string description, double pixelRatio,
        long maxWidthEmu = TextWidth * EmuPerTwip, PartTypeInfo? type = null)
    {
        var part = main.AddImagePart(type ?? ImagePartType.Png);
        using (var stream = new MemoryStream(image))
            part.FeedData(stream);
        var (pixelsWide, pixelsHigh) = PictureSize(image);
        var cx = (long)(pixelsWide / pixelRatio * EmuPerPixel);
        var cy = (long)(pixelsHigh / pixelRatio * EmuPerPixel);
        if (cx > maxWidthEmu)
            (cx, cy) = (maxWidthEmu, cy * maxWidthEmu / cx);
        var id = (UInt32Value)(uint)(number + 1);
        var name = number == 0 ? "logo" : $"grafico-{number}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new ParagraphProperties(new KeepLines()), new Run(new Drawing(inline)));
    }

    /// <summary>Width and height in pixels from a PNG's header or a JPEG's frame marker.</summary>
    private static (int Width, int Height) PictureSize(byte[] image)
    {
        if (image.Length > 24 && image[0] == 0x89 && image[1] == (byte)'P')
            return (BigEndian(image, 16, 4), BigEndian(image, 20, 4));
        for (var i = 2; i + 9 < image.Length;)
        {
            if (image[i] != 0xFF)
                break;
            var marker = image[i + 1];
            var length = BigEndian(image, i + 2, 2);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BigEndian(image, i + 7, 2), BigEndian(image, i + 5, 2));
            i += 2 + length;
        }
        return (640, 400);
    }

    private static int BigEndian(byte[] bytes, int offset, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
            value = (value << 8) | bytes[offset + i];
        return value;
    }

    /// <summary>The entity's logo when it is a PNG or JPEG data URL (Word shows no SVG in older versions: left out).</summary>
    private static (byte[] Bytes, PartTypeInfo Type)? LogoPng(string? dataUrl)
    {
        if (dataUrl is null)
            return null;
        PartTypeInfo? type = dataUrl.StartsWith("data:image/png;base64,", StringComparison.Ordinal) ? ImagePartType.Png
            : dataUrl.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal) ? ImagePartType.Jpeg : null;
        return type is null ? null : (Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]), type.Value);
    }

    /// <summary>A4, the margins, and every page's header (entity · title) and footer (cut-off · página x de y).</summary>
    private static SectionProperties PageSetup(MainDocumentPart main, ReportDocument report)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Para($"{report.Identity.EntityName} · {report.Title}", "Header"));
        header.Header.Save();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }),
            TextRun($"Fecha de corte: {ReportDates.Long(report.CutOff)} · Página "),
            new SimpleField(TextRun("1")) { Instruction = " PAGE " },
            TextRun(" de "),
            new SimpleField(TextRun("1")) { Instruction = " NUMPAGES " }));
        footer.Footer.Save();
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 });
    }

    private static void AddBullets(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                new Level(
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "283" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = int.Parse(BulletList, CultureInfo.InvariantCulture) });
        part.Numbering.Save();
    }

    /// <summary>
    /// Word's own style names (Title, heading 1, heading 2...) so Word lists the headings in its navigation pane and
    /// shows them in the user's language; the look follows the PDF (dark blue headings, 10 pt body).
    /// </summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" },
                    new Languages { Val = "es-CO" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, null, null, isDefault: true),
            ParagraphStyle("Title", "Title", new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "120" }),
                new StyleRunProperties(new Bold(), new Color { Val = Blue }, new FontSize { Val = "36" }), null),
            ParagraphStyle("Heading1", "heading 1", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new Color { Val = Blue }, new FontSize { Val = "28" }), null),
            ParagraphStyle("Heading2", "heading 2", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), new Color { Val = Blue }, new FontSize { Val = "22" }), null),
            ParagraphStyle("Entidad", "Entidad", null, new StyleRunProperties(new Bold(), new FontSize { Val = "24" }), null),
            ParagraphStyle("Nota", "Nota", null, new StyleRunProperties(new Color { Val = "444444" }, new FontSize { Val = "17" }), null),
            ParagraphStyle("Leyenda", "caption", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "40" }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "20" }), null),
            ParagraphStyle("Celda", "Celda", new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = "17" }), null),
            ParagraphStyle("ListParagraph", "List Paragraph", new StyleParagraphProperties(new Indentation { Left = "567" }), null, null),
            ParagraphStyle("Header", "header", null, new StyleRunProperties(new Color { Val = "444444" }, new FontSize { Val = "16" }), null),
            ParagraphStyle("Footer", "footer", null, new StyleRunProperties(new Color { Val = "444444" }, new FontSize { Val = "16" }), null));
        part.Styles.Save();
    }

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run, string? basedOn, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
            style.Default = true;
        style.Append(new StyleName { Val = name });
        if (!isDefault)
            style.Append(new BasedOn { Val = basedOn ?? "Normal" }, new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
            style.Append(paragraph);
        if (run is not null)
            style.Append(run);
        return style;
    }
}
