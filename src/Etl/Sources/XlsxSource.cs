using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>Reads Excel workbooks (.xlsx) into rows, streaming, with cell values turned into invariant text.</summary>
public static class XlsxSource
{
    /// <summary>Title rows above the header are searched this far down; reports never put more there.</summary>
    private const int HeaderSearchRows = 30;

    /// <summary>A row with this many text cells looks like a header when the radicado header is not found.</summary>
    private const int MinimumHeaderTextCells = 3;

    /// <summary>
    /// Opens the profile's sheet ("hoja", else the first one), finds the header row (the profile's
    /// "fila_encabezado", else the first of the first 30 rows that has the radicado header, else the first
    /// with at least three text cells) and drops personal-data columns. Real dates become
    /// "yyyy-MM-dd HH:mm:ss", numbers invariant digits; serial dates stay numbers (see <see cref="ExcelSerialDate"/>).
    /// Throws <see cref="SourceException"/> when the workbook cannot be read at all.
    /// </summary>
    public static SourceTable Open(string path, MappingProfile profile, string? petitionerSalt = null)
    {
        SourceFileChecks.RequireExisting(path);
        var file = Path.GetFileName(path);
        XlsxWorkbook.RequireWorkbook(path, file);
        var sheet = XlsxWorkbook.ChooseSheet(path, file, profile.Sheet);

        var (headerRow, header, headerNotice) = FindHeader(path, file, sheet, profile);
        var columns = HeaderColumns(header);
        var headers = ColumnLayout.NameHeaders(columns.Select(c => XlsxCellText.From(header[c])).ToArray());
        var layout = ColumnLayout.Plan(path, headers, profile, petitionerSalt);

        var notices = new List<string> { $"Hoja leída: \"{sheet}\".", headerNotice };
        notices.AddRange(layout.Notices);
        return new SourceTable(file, layout.Output.Names, Records(path, file, sheet, headerRow, columns, layout), notices);
    }

    private static IEnumerable<SourceRecord> Records(string path, string file, string sheet, long headerRow, string[] columns, ColumnLayout layout)
    {
        var values = new string?[columns.Length];
        foreach (var (number, cells) in XlsxWorkbook.Rows(path, file, sheet))
        {
            if (number <= headerRow)
                continue;
            var lastFilled = LastFilledColumn(cells);
            if (lastFilled == 0)
                continue;
            if (lastFilled > columns.Length)
            {
                yield return SourceRecord.Unreadable(new SourceProblem(number, null, Load.QuarantineReason.FieldCount,
                    $"la fila tiene {lastFilled} campos y el encabezado {columns.Length}"));
                continue;
            }
            for (var i = 0; i < columns.Length; i++)
                values[i] = cells.TryGetValue(columns[i], out var cell) ? XlsxCellText.From(cell) : null;
            yield return layout.Read(number, values);
        }
    }

    private static (long Row, IDictionary<string, object?> Cells, string Notice) FindHeader(string path, string file, string sheet, MappingProfile profile)
    {
        var limit = profile.HeaderRow ?? HeaderSearchRows;
        var top = XlsxWorkbook.Rows(path, file, sheet).Take(limit).ToList();

        if (profile.HeaderRow is { } wanted)
        {
            if (top.Count < wanted || LastFilledColumn(top[wanted - 1].Cells) == 0)
                throw new SourceException(path, $"La fila {wanted} de la hoja \"{sheet}\" de '{file}', indicada como encabezado en el perfil, está vacía o no existe.");
            return (wanted, top[wanted - 1].Cells, $"Encabezado en la fila {wanted} (indicada por el perfil).");
        }

        profile.Columns.TryGetValue(CanonicalFields.Radicado, out var radicadoHeader);
        if (!string.IsNullOrWhiteSpace(radicadoHeader))
            foreach (var (number, cells) in top)
                if (cells.Values.Any(v => v is string text && HeaderText.SameHeader(text, radicadoHeader)))
                    return (number, cells, $"Encabezado detectado en la fila {number} (contiene \"{radicadoHeader}\").");

        foreach (var (number, cells) in top)
            if (cells.Values.Count(v => v is string text && !string.IsNullOrWhiteSpace(text)) >= MinimumHeaderTextCells)
                return (number, cells, $"Encabezado en la fila {number}, la primera con al menos {MinimumHeaderTextCells} títulos{NotFoundNote(radicadoHeader)}.");

        throw new SourceException(path,
            $"No se encontró el encabezado en las primeras {HeaderSearchRows} filas de la hoja \"{sheet}\" de '{file}'. Indique \"fila_encabezado\" en el perfil.");
    }

    private static string NotFoundNote(string? radicadoHeader) =>
        string.IsNullOrWhiteSpace(radicadoHeader) ? "" : $" (no se encontró \"{radicadoHeader}\")";

    /// <summary>The header's column letters up to its last titled cell; wider empty cells come from other rows.</summary>
    private static string[] HeaderColumns(IDictionary<string, object?> header)
    {
        var width = LastFilledColumn(header);
        return header.Keys.Where(letter => XlsxWorkbook.ColumnNumber(letter) <= width)
            .OrderBy(XlsxWorkbook.ColumnNumber)
            .ToArray();
    }

    /// <summary>1-based number of the right-most non-blank cell, or 0 for an empty row.</summary>
    private static int LastFilledColumn(IDictionary<string, object?> cells)
    {
        var last = 0;
        foreach (var (letter, value) in cells)
            if (XlsxCellText.From(value) is not null)
                last = Math.Max(last, XlsxWorkbook.ColumnNumber(letter));
        return last;
    }
}
