using System.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// One CSV record and the physical lines it spans (a quoted field may hold line breaks). <see cref="Fields"/> has one
/// entry per field; a column the reader was told to skip is null. <see cref="BadQuotes"/> means quotes that do not
/// follow the rules (<see cref="CsvTokenizer"/>); <see cref="Blank"/>, that every field, skipped ones too, is blank.
/// </summary>
internal readonly record struct CsvRecord(long FirstLine, long LastLine, string?[] Fields, bool BadQuotes, bool Blank,
    (long Line, int Column)? UnclosedQuote = null)
{
    /// <summary>
    /// A stray quote on one line is harmless text ("Calle 5 "B""); across lines it usually means a quote
    /// never closed and swallowed the following rows, which must not pass as one long cell.
    /// </summary>
    public bool SwallowedLines => BadQuotes && LastLine > FirstLine;
}

/// <summary>Streams the records of a delimited text file.</summary>
internal static class CsvRecords
{
    private const int BufferSize = 64 * 1024;

    public static StreamReader OpenText(string path, Encoding encoding) =>
        // A byte-order mark outranks the profile: it is the file's own statement of its encoding.
        new(SourceFileChecks.OpenShared(path, BufferSize), encoding, detectEncodingFromByteOrderMarks: true, BufferSize);

    /// <param name="skip">Columns whose text is never needed (personal data): their entries stay null.</param>
    /// <param name="reuseFields">
    /// Hand every record of the same width the same <see cref="CsvRecord.Fields"/> array, overwritten by the next record:
    /// for a caller that copies what it keeps before asking for the next (a million arrays fewer per million rows).
    /// </param>
    public static IEnumerable<CsvRecord> Read(string path, Encoding encoding, char delimiter, IReadOnlySet<int>? skip = null,
        bool reuseFields = false)
    {
        using var tokenizer = new CsvTokenizer(OpenText(path, encoding), delimiter, BufferSize);
        // Looked up for every field of every row: an array, not the set.
        var skipped = new bool[skip is { Count: > 0 } ? skip.Max() + 1 : 0];
        foreach (var column in skip ?? new HashSet<int>())
            skipped[column] = true;
        var repeated = new List<RepeatedText>();
        string?[] fields = [];
        while (Next(tokenizer, path))
        {
            if (!reuseFields || fields.Length != tokenizer.Count)
                fields = new string?[tokenizer.Count];
            while (repeated.Count < fields.Length)
                repeated.Add(new RepeatedText());
            for (var i = 0; i < fields.Length; i++)
                if (i >= skipped.Length || !skipped[i])
                    fields[i] = tokenizer.Field(i, repeated[i]);
            // Looked for only in a record that spans lines with bad quotes: the rare one that may have swallowed others.
            var unclosed = tokenizer.BadQuotes && tokenizer.LastLine > tokenizer.FirstLine ? tokenizer.UnclosedQuote() : null;
            yield return new CsvRecord(tokenizer.FirstLine, tokenizer.LastLine, fields, tokenizer.BadQuotes, tokenizer.IsBlank(), unclosed);
        }
    }

    private static bool Next(CsvTokenizer tokenizer, string path)
    {
        try
        {
            return tokenizer.Read();
        }
        catch (RecordTooLongException e)
        {
            var file = Path.GetFileName(path);
            throw new SourceException(path, e.UnclosedQuote is { } quote
                ? $"En '{file}' unas comillas abiertas en la línea {quote.Line}, columna {quote.Column}, no se cierran: la fila que empieza en la línea {e.FirstLine} pasa de {e.Longest:N0} caracteres. Cierre esas comillas en el archivo y cárguelo de nuevo."
                : $"En '{file}' la fila que empieza en la línea {e.FirstLine} pasa de {e.Longest:N0} caracteres sin un salto de línea. Revise que el archivo sea la exportación correcta, en texto con una fila por línea.");
        }
    }
}
