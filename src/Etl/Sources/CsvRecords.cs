using System.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// One CSV record and the physical lines it spans (a quoted field may hold line breaks). <see cref="Fields"/> has one
/// entry per field; a column the reader was told to skip is null. <see cref="BadQuotes"/> means quotes that do not
/// follow the rules (<see cref="CsvTokenizer"/>); <see cref="Blank"/>, that every field, skipped ones too, is blank.
/// </summary>
internal readonly record struct CsvRecord(long FirstLine, long LastLine, string?[] Fields, bool BadQuotes, bool Blank)
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
        while (tokenizer.Read())
        {
            if (!reuseFields || fields.Length != tokenizer.Count)
                fields = new string?[tokenizer.Count];
            while (repeated.Count < fields.Length)
                repeated.Add(new RepeatedText());
            for (var i = 0; i < fields.Length; i++)
                if (i >= skipped.Length || !skipped[i])
                    fields[i] = tokenizer.Field(i, repeated[i]);
            yield return new CsvRecord(tokenizer.FirstLine, tokenizer.LastLine, fields, tokenizer.BadQuotes, tokenizer.IsBlank());
        }
    }
}
