using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// One parsed CSV record and the physical lines it spans (a quoted field may hold line breaks).
/// <see cref="BadQuotes"/> means CsvHelper met quotes it could not make sense of.
/// </summary>
internal readonly record struct CsvRecord(long FirstLine, long LastLine, string[] Fields, bool BadQuotes)
{
    /// <summary>
    /// A stray quote on one line is harmless text ("Calle 5 "B""); across lines it usually means a quote
    /// never closed and swallowed the following rows, which must not pass as one long cell.
    /// </summary>
    public bool SwallowedLines => BadQuotes && LastLine > FirstLine;
}

/// <summary>Streams CSV records with CsvHelper, keeping track of the physical line where each one starts.</summary>
internal static class CsvRecords
{
    private const int BufferSize = 64 * 1024;

    public static StreamReader OpenText(string path, Encoding encoding) =>
        // A byte-order mark outranks the profile: it is the file's own statement of its encoding.
        new(SourceFileChecks.OpenShared(path, BufferSize), encoding, detectEncodingFromByteOrderMarks: true, BufferSize);

    public static IEnumerable<CsvRecord> Read(string path, Encoding encoding, char delimiter)
    {
        var badQuotes = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            // Blank lines come through as records so that every physical line is counted here (callers skip them).
            IgnoreBlankLines = false,
            // Noted, not thrown: whether bad quotes matter depends on the lines the record spans.
            BadDataFound = _ => badQuotes = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            BufferSize = BufferSize,
        };
        using var reader = OpenText(path, encoding);
        using var parser = new CsvParser(reader, configuration);
        // The raw records of a file add up to the whole text, so each record starts where the last one's
        // line breaks left off. (CsvHelper's own RawRow miscounts a record that ends inside open quotes.)
        long firstLine = 1;
        while (ReadNext(parser, ref badQuotes))
        {
            var fields = parser.Record ?? [];
            // Nearly every record is one line: well-quoted, no line break in any field. Only the others need the
            // raw text counted, which CsvHelper builds as a new string on every call.
            var (inner, total) = !badQuotes && !HasLineBreak(fields) ? (0L, 1L) : LineBreaks(parser.RawRecord);
            yield return new CsvRecord(firstLine, firstLine + inner, fields, badQuotes);
            firstLine += total;
        }
    }

    private static bool HasLineBreak(string[] fields)
    {
        foreach (var field in fields)
            if (field.AsSpan().IndexOfAny('\r', '\n') >= 0)
                return true;
        return false;
    }

    private static bool ReadNext(CsvParser parser, ref bool badQuotes)
    {
        badQuotes = false;
        return parser.Read();
    }

    /// <summary>
    /// Line breaks in a record's raw text: those inside it, and all of them including the one that ends it.
    /// "\r\n" is one break, as are a lone "\r" or "\n".
    /// </summary>
    private static (long Inner, long Total) LineBreaks(string raw)
    {
        long total = 0;
        var endsWithBreak = false;
        for (var i = 0; i < raw.Length; i++)
        {
            endsWithBreak = false;
            if (raw[i] == '\n' || raw[i] == '\r')
            {
                total++;
                if (raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                    i++;
                endsWithBreak = true;
            }
        }
        return (endsWithBreak ? total - 1 : total, total);
    }
}
