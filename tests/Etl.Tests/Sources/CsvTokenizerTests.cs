using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class CsvTokenizerTests
{
    private sealed record Token(long FirstLine, long LastLine, string[] Fields, bool BadQuotes);

    [Fact]
    public void Quoted_fields_keep_delimiters_doubled_quotes_and_line_breaks_and_the_lines_stay_counted()
    {
        var records = Tokens("No;Asunto;Dependencia\r\n1;\"Luz; agua\";HACIENDA\r\n2;\"Dice \"\"urgente\"\"\r\notra línea\";SALUD\r\n3;x;y\r\n");

        records.Select(r => (r.FirstLine, r.LastLine)).Should().Equal((1, 1), (2, 2), (3, 4), (5, 5));
        records[1].Fields.Should().Equal("1", "Luz; agua", "HACIENDA");
        records[2].Fields.Should().Equal("2", "Dice \"urgente\"\r\notra línea", "SALUD");
        records.Should().OnlyContain(r => !r.BadQuotes);
    }

    [Fact]
    public void Blank_lines_are_records_of_one_empty_field_and_every_kind_of_line_break_counts_once()
    {
        var records = Tokens("a;b\n\r\nc;d\re;f");

        records.Select(r => r.FirstLine).Should().Equal(1, 2, 3, 4);
        records.Select(r => r.Fields.Length).Should().Equal(2, 1, 2, 2);
        records[3].Fields.Should().Equal("e", "f");
    }

    [Fact]
    public void A_quote_never_closed_swallows_the_rest_of_the_file_and_says_so()
    {
        var records = Tokens("1;\"sin cerrar\n2;b\n3;c\n");

        records.Should().ContainSingle();
        records[0].Should().Match<Token>(r => r.BadQuotes && r.FirstLine == 1 && r.LastLine == 3);
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_kept_as_text_and_noted()
    {
        var records = Tokens("1;Calle 5 \"B\";x\n");

        records[0].Fields.Should().Equal("1", "Calle 5 \"B\"", "x");
        records[0].BadQuotes.Should().BeTrue();
    }

    [Fact]
    public void Skipped_columns_are_never_made_into_text_but_still_count_for_blankness()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tokenizer-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a;secreto;c\n;solo esto;\n");
        try
        {
            var records = CsvRecords.Read(path, Encoding.UTF8, ';', new HashSet<int> { 1 }).ToList();
            records[0].Fields.Should().Equal("a", null, "c");
            records[1].Blank.Should().BeFalse("the skipped column has text");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// CsvHelper read the ETL's CSV until the tokenizer replaced it; on any text, well formed or not, the two must find
    /// the same records, fields, lines and malformed quotes, whatever the buffer size.
    /// </summary>
    [Fact]
    public void Reads_random_text_exactly_as_CsvHelper_did()
    {
        var random = new Random(20261125);
        const string alphabet = "ab ;;\"\"\"\r\n\nñ";
        var compared = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var length = random.Next(0, 24);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var expected = CsvHelperTokens(text);
            var bufferSize = n % 3 == 0 ? random.Next(1, 8) : 64;
            var actual = Tokens(text, bufferSize, shareRepeatedText: n % 2 == 0);
            Compare(text, expected, actual, bufferSize);
            compared++;
        }
        compared.Should().Be(30_000);
    }

    private static void Compare(string text, List<Token> expected, List<Token> actual, int bufferSize)
    {
        var what = $"text \"{Escape(text)}\", buffer {bufferSize}";
        actual.Should().HaveSameCount(expected, what);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Fields.Should().Equal(expected[i].Fields, what);
            (actual[i].FirstLine, actual[i].LastLine).Should().Be((expected[i].FirstLine, expected[i].LastLine), what);
            actual[i].BadQuotes.Should().Be(expected[i].BadQuotes, what);
        }
    }

    private static List<Token> Tokens(string text, int bufferSize = 64, bool shareRepeatedText = false)
    {
        using var tokenizer = new CsvTokenizer(new StringReader(text), ';', bufferSize);
        var repeated = Enumerable.Range(0, 64).Select(_ => new RepeatedText()).ToArray();
        var tokens = new List<Token>();
        while (tokenizer.Read())
            tokens.Add(new Token(tokenizer.FirstLine, tokenizer.LastLine,
                Enumerable.Range(0, tokenizer.Count).Select(i => tokenizer.Field(i, shareRepeatedText ? repeated[i] : null)).ToArray(),
                tokenizer.BadQuotes));
        return tokens;
    }

    [Fact]
    public void Repeated_texts_share_one_string_and_a_column_of_unique_texts_stops_being_compared()
    {
        var types = new RepeatedText();
        var first = types.Of("QUEJA".AsSpan());
        types.Of("QUEJA".ToCharArray()).Should().BeSameAs(first);
        types.Of("RECLAMO".AsSpan()).Should().Be("RECLAMO");

        var radicados = new RepeatedText();
        for (var i = 0; i < 5_000; i++)
            radicados.Of($"2024-{i:D6}".AsSpan()).Should().Be($"2024-{i:D6}");
        // Past the trial a column with no repeats hands out new strings, even for a text it has seen.
        radicados.Of("2024-000001".AsSpan()).Should().NotBeSameAs(radicados.Of("2024-000001".AsSpan()));
    }

    /// <summary>How the ETL read CSV with CsvHelper 33, line counting included (src/Etl/Sources/CsvRecords.cs before 2026-11-25).</summary>
    private static List<Token> CsvHelperTokens(string text)
    {
        var bad = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = _ => bad = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        var tokens = new List<Token>();
        long firstLine = 1;
        while (true)
        {
            bad = false;
            if (!parser.Read())
                break;
            var fields = parser.Record ?? [];
            var (inner, total) = LineBreaks(parser.RawRecord);
            tokens.Add(new Token(firstLine, firstLine + inner, fields, bad));
            firstLine += total;
        }
        return tokens;
    }

    private static (long Inner, long Total) LineBreaks(string raw)
    {
        long total = 0;
        var endsWithBreak = false;
        for (var i = 0; i < raw.Length; i++)
        {
            endsWithBreak = false;
            if (raw[i] is '\n' or '\r')
            {
                total++;
                if (raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                    i++;
                endsWithBreak = true;
            }
        }
        return (endsWithBreak ? total - 1 : total, total);
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n");
}
