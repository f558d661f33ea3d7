using System.Text;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>Reads delimited text exports (csv, txt) into rows, streaming.</summary>
public static class CsvSource
{
    /// <summary>Title rows above the header are searched this far down; exports never put more there.</summary>
    private const int HeaderSearchLines = 30;

    /// <summary>
    /// No header is longer (two hundred columns of fifty characters is a fifth of it). A longer line is not a header:
    /// the file is not a text export, or has no line breaks, and is refused before it is held in memory.
    /// </summary>
    public const int LongestHeader = 64 * 1024;

    /// <summary>
    /// Opens a delimited text file: detects encoding and delimiter unless the profile names them, finds the
    /// header line (the profile's "fila_encabezado", else the first of the first 30 non-blank lines that has
    /// the profile's radicado header, else the first non-blank line) and drops personal-data columns.
    /// Throws <see cref="SourceException"/> when the file cannot be read at all.
    /// </summary>
    public static SourceTable Open(string path, MappingProfile profile, string? petitionerSalt = null)
    {
        SourceFileChecks.RequireExisting(path);
        var file = Path.GetFileName(path);
        var (encoding, encodingNotice) = TextEncodingDetection.Choose(path, profile);
        var (headerLine, delimiter, headerNotice) = FindHeader(path, file, encoding, profile);

        var header = CsvRecords.Read(path, encoding, delimiter).FirstOrDefault(r => r.FirstLine >= headerLine);
        if (header.Fields is null || header.FirstLine != headerLine)
            throw new SourceException(path, $"No se pudo leer el encabezado de '{file}' en la línea {headerLine}.");
        if (header.Fields.FirstOrDefault(f => f!.Contains('\uFFFD')) is { } damaged)
            throw new SourceException(path,
                $"El encabezado de '{file}' tiene caracteres dañados (\"{damaged.Trim()}\"): el archivo no está en {encoding.WebName}. Indique la \"codificacion\" correcta en el perfil.");

        var layout = ColumnLayout.Plan(path, ColumnLayout.NameHeaders(header.Fields), profile, petitionerSalt);
        var notices = new List<string> { encodingNotice, DelimiterNotice(delimiter, profile), headerNotice };
        notices.AddRange(layout.Notices);
        return new SourceTable(file, layout.Output.Names, Records(path, encoding, delimiter, header.LastLine, layout), notices);
    }

    private static IEnumerable<SourceRecord> Records(string path, Encoding encoding, char delimiter, long headerLastLine, ColumnLayout layout)
    {
        // Personal-data columns are never made into text: nothing reads them.
        // Each record's fields are copied into its row (ColumnLayout.Read) before the next is read, so one array serves all.
        foreach (var record in CsvRecords.Read(path, encoding, delimiter, layout.DroppedColumns, reuseFields: true))
        {
            if (record.FirstLine <= headerLastLine || record.Blank)
                continue;
            if (record.SwallowedLines)
                yield return SourceRecord.Unreadable(new SourceProblem(record.FirstLine, null, Load.QuarantineReason.UnclosedQuote,
                    $"la fila tiene comillas sin cerrar{Where(record.UnclosedQuote)}: ocupa las líneas {record.FirstLine} a {record.LastLine} y pudo absorber otras filas; corrija las comillas en el archivo",
                    SwallowsRest: record.UnclosedQuote is not null));
            else if (record.Fields.Length != layout.SourceCount)
                yield return SourceRecord.Unreadable(new SourceProblem(record.FirstLine, null, Load.QuarantineReason.FieldCount, FieldCountReason(record, layout.SourceCount)));
            else
                yield return layout.Read(record.FirstLine, record.Fields);
        }
    }

    private static string Where((long Line, int Column)? quote) =>
        quote is { } q ? $" (se abren en la línea {q.Line}, columna {q.Column})" : "";

    private static string FieldCountReason(CsvRecord record, int headerCount)
    {
        var reason = $"la fila tiene {record.Fields.Length} campos y el encabezado {headerCount}";
        // A quote that never closes swallows the following lines; saying how many helps find it.
        return record.LastLine > record.FirstLine
            ? $"{reason} (ocupa las líneas {record.FirstLine} a {record.LastLine}; revise si hay comillas sin cerrar)"
            : reason;
    }

    private static (long Line, char Delimiter, string Notice) FindHeader(string path, string file, Encoding encoding, MappingProfile profile)
    {
        using var reader = CsvRecords.OpenText(path, encoding);
        if (profile.HeaderRow is { } wanted)
        {
            string? text = null;
            for (var line = 1; line <= wanted; line++)
                text = HeaderCandidate(reader, path, file, line)
                    ?? throw new SourceException(path, $"El archivo '{file}' tiene {line - 1} líneas; no llega a la línea de encabezado {wanted} que indica el perfil.");
            if (string.IsNullOrWhiteSpace(text))
                throw new SourceException(path, $"La línea {wanted} de '{file}', indicada como encabezado en el perfil, está vacía.");
            return (wanted, profile.DelimiterChar ?? DelimiterDetection.Detect(text), $"Encabezado en la línea {wanted} (indicada por el perfil).");
        }

        profile.Columns.TryGetValue(CanonicalFields.Radicado, out var radicadoHeader);
        (long Line, string Text)? firstNonBlank = null;
        long number = 0;
        var nonBlankSeen = 0;
        while (nonBlankSeen < HeaderSearchLines && HeaderCandidate(reader, path, file, number + 1) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            nonBlankSeen++;
            firstNonBlank ??= (number, text);
            var delimiter = profile.DelimiterChar ?? DelimiterDetection.Detect(text);
            if (!string.IsNullOrWhiteSpace(radicadoHeader)
                && DelimiterDetection.SplitOutsideQuotes(text, delimiter).Any(f => HeaderText.SameHeader(f, radicadoHeader)))
                return (number, delimiter, $"Encabezado detectado en la línea {number} (contiene \"{radicadoHeader}\").");
        }

        if (firstNonBlank is not { } first)
            throw new SourceException(path, $"El archivo '{file}' está vacío.");
        return (first.Line, profile.DelimiterChar ?? DelimiterDetection.Detect(first.Text),
            $"Encabezado en la línea {first.Line}, la primera con texto{NotFoundNote(radicadoHeader)}.");
    }

    /// <summary>The next line, as <see cref="TextReader.ReadLine"/> reads it, refused past <see cref="LongestHeader"/> characters.</summary>
    private static string? HeaderCandidate(StreamReader reader, string path, string file, long number)
    {
        var line = new StringBuilder();
        while (reader.Read() is var c and >= 0)
        {
            if (c == '\n')
                return line.ToString();
            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                    reader.Read();
                return line.ToString();
            }
            if (line.Length == LongestHeader)
                throw new SourceException(path,
                    $"La línea {number} de '{file}' pasa de {LongestHeader:N0} caracteres sin un salto de línea: no puede ser un encabezado. " +
                    "Revise que el archivo sea la exportación correcta, en texto con una fila por línea.");
            line.Append((char)c);
        }
        return line.Length == 0 ? null : line.ToString();
    }

    private static string NotFoundNote(string? radicadoHeader) =>
        string.IsNullOrWhiteSpace(radicadoHeader) ? "" : $" (no se encontró \"{radicadoHeader}\")";

    private static string DelimiterNotice(char delimiter, MappingProfile profile)
    {
        var name = delimiter == '\t' ? "tabulador" : $"\"{delimiter}\"";
        return profile.DelimiterChar is null ? $"Separador detectado: {name}." : $"Separador indicado por el perfil: {name}.";
    }
}
