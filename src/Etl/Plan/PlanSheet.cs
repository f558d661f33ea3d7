using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>One row of a plan workbook below its header: its line (csv) or row (xlsx) and its cells as invariant text.</summary>
public sealed record PlanSheetRow(long Line, IReadOnlyList<string?> Cells);

/// <summary>
/// A plan workbook or CSV as the reader found it: the header (repeated names told apart as «L.B», «L.B (2)»), where it
/// was and the rows below it, blank ones (a formatted but empty row at the bottom) left out.
/// </summary>
public sealed record PlanSheet(string FileName, IReadOnlyList<string> Headers, long HeaderLine, IReadOnlyList<PlanSheetRow> Rows,
    IReadOnlyList<string> Notices)
{
    /// <summary>Title rows above the header are searched this far down.</summary>
    private const int HeaderSearchRows = 30;

    /// <summary>Position of a header, matched with accents, case and spacing (line breaks included) folded; -1 when absent.</summary>
    public int Find(string header)
    {
        for (var i = 0; i < Headers.Count; i++)
            if (HeaderText.SameHeader(Headers[i], header))
                return i;
        return -1;
    }

    /// <summary>Reads the whole file (a plan has hundreds of rows, not millions). Throws <see cref="SourceException"/> when it cannot.</summary>
    public static PlanSheet Open(string path, PlanProfile profile)
    {
        SourceFileChecks.RequireExisting(path);
        var file = Path.GetFileName(path);
        var notices = new List<string>();
        var rows = profile.Format == SourceFormat.Xlsx ? XlsxRows(path, file, profile, notices) : CsvRows(path, profile, notices);
        var idHeader = profile.ColumnOf(PlanFields.MetaId)!;

        long headerLine;
        IReadOnlyList<string?> header;
        using (var scan = rows.GetEnumerator())
        {
            (headerLine, header) = FindHeader(path, file, profile, idHeader, scan, notices);
            var names = RepeatedHeaders.Numbered(ColumnLayout.NameHeaders(header));
            var body = new List<PlanSheetRow>();
            while (scan.MoveNext())
            {
                var (line, cells) = scan.Current;
                if (cells.All(string.IsNullOrWhiteSpace))
                    continue;
                body.Add(new PlanSheetRow(line, Widen(cells, names.Count)));
            }
            return new PlanSheet(file, names, headerLine, body, notices);
        }
    }

    private static (long Line, IReadOnlyList<string?> Cells) FindHeader(string path, string file, PlanProfile profile, string idHeader,
        IEnumerator<(long Line, IReadOnlyList<string?> Cells)> scan, List<string> notices)
    {
        var seen = 0;
        while (scan.MoveNext())
        {
            var (line, cells) = scan.Current;
            if (profile.HeaderRow is { } wanted)
            {
                if (line < wanted)
                    continue;
                if (line > wanted || cells.All(string.IsNullOrWhiteSpace))
                    break;
                notices.Add($"Encabezado en la fila {wanted} (indicada por el perfil).");
                return (line, cells);
            }
            if (cells.Any(c => c is not null && HeaderText.SameHeader(c, idHeader)))
            {
                notices.Add($"Encabezado detectado en la fila {line} (contiene \"{idHeader}\").");
                return (line, cells);
            }
            if (++seen >= HeaderSearchRows)
                break;
        }
        throw new SourceException(path, profile.HeaderRow is { } row
            ? $"La fila {row} de '{file}', indicada como encabezado en el perfil, está vacía o no existe."
            : $"No se encontró la columna \"{idHeader}\" (el código de la meta) en las primeras {HeaderSearchRows} filas de '{file}'. " +
              "Revise \"columnas.meta_id\" o indique \"fila_encabezado\" en el perfil.");
    }

    private static IEnumerable<(long Line, IReadOnlyList<string?> Cells)> XlsxRows(string path, string file, PlanProfile profile, List<string> notices)
    {
        XlsxWorkbook.RequireWorkbook(path, file);
        var sheet = XlsxWorkbook.ChooseSheet(path, file, profile.Sheet);
        notices.Add($"Hoja leída: \"{sheet}\".");
        return Read();

        IEnumerable<(long, IReadOnlyList<string?>)> Read()
        {
            foreach (var (number, cells) in XlsxWorkbook.Rows(path, file, sheet))
            {
                var width = cells.Keys.Select(XlsxWorkbook.ColumnNumber).DefaultIfEmpty(0).Max();
                var values = new string?[width];
                foreach (var (letter, value) in cells)
                    values[XlsxWorkbook.ColumnNumber(letter) - 1] = XlsxCellText.From(value);
                yield return (number, values);
            }
        }
    }

    private static IEnumerable<(long Line, IReadOnlyList<string?> Cells)> CsvRows(string path, PlanProfile profile, List<string> notices)
    {
        var asPetitionProfile = new MappingProfile { Encoding = profile.Encoding, Delimiter = profile.Delimiter };
        var (encoding, encodingNotice) = TextEncodingDetection.Choose(path, asPetitionProfile);
        notices.Add(encodingNotice);
        var delimiter = asPetitionProfile.DelimiterChar ?? DetectDelimiter(path, encoding, profile);
        return CsvRecords.Read(path, encoding, delimiter)
            .Select(r => (r.FirstLine, (IReadOnlyList<string?>)r.Fields.Select(f => string.IsNullOrWhiteSpace(f) ? null : f).ToArray()));
    }

    /// <summary>The delimiter of the line holding the goal-id header (or of the first line with text).</summary>
    private static char DetectDelimiter(string path, System.Text.Encoding encoding, PlanProfile profile)
    {
        using var reader = CsvRecords.OpenText(path, encoding);
        var idHeader = profile.ColumnOf(PlanFields.MetaId)!;
        string? first = null;
        for (var i = 0; i < HeaderSearchRows && reader.ReadLine() is { } line; i++)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            first ??= line;
            var delimiter = DelimiterDetection.Detect(line);
            if (DelimiterDetection.SplitOutsideQuotes(line, delimiter).Any(f => HeaderText.SameHeader(f.Trim('"'), idHeader)))
                return delimiter;
        }
        return DelimiterDetection.Detect(first ?? "");
    }

    private static IReadOnlyList<string?> Widen(IReadOnlyList<string?> cells, int width)
    {
        if (cells.Count >= width)
            return cells;
        var wide = new string?[width];
        for (var i = 0; i < cells.Count; i++)
            wide[i] = cells[i];
        return wide;
    }
}
