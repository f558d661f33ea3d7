using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>One parsed CSV record and the physical lines it spans (a quoted field may hold line breaks).</summary>
internal readonly record struct CsvRecord(long FirstLine, long LastLine, string[] Fields);

/// <summary>Streams CSV records with CsvHelper, keeping track of the physical line where each one starts.</summary>
internal static class CsvRecords
{
    private const int BufferSize = 64 * 1024;

    public static StreamReader OpenText(string path, Encoding encoding) =>
        // A byte-order mark outranks the profile: it is the file's own statement of its encoding.
        new(path, encoding, detectEncodingFromByteOrderMarks: true, BufferSize);

    public static IEnumerable<CsvRecord> Read(string path, Encoding encoding, char delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            // Stray quotes inside free text ("Calle 5 "B"") are common and harmless: keep the text as written.
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            BufferSize = BufferSize,
        };
        using var reader = OpenText(path, encoding);
        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            // After Read, RawRow is the line where the record ENDS; step back over its inner line breaks.
            var lastLine = parser.RawRow;
            var firstLine = lastLine - InnerLineBreaks(parser.RawRecord);
            yield return new CsvRecord(firstLine, lastLine, parser.Record ?? []);
        }
    }

    /// <summary>Line breaks inside the record's raw text, not counting the one that ends it. "\r\n" is one break.</summary>
    private static long InnerLineBreaks(string raw)
    {
        var end = raw.Length;
        if (end > 0 && raw[end - 1] == '\n') end--;
        if (end > 0 && raw[end - 1] == '\r') end--;

        long breaks = 0;
        for (var i = 0; i < end; i++)
        {
            if (raw[i] == '\n')
                breaks++;
            else if (raw[i] == '\r')
            {
                breaks++;
                if (i + 1 < end && raw[i + 1] == '\n')
                    i++;
            }
        }
        return breaks;
    }
}
