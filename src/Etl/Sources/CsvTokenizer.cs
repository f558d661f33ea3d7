using System.Buffers;
using System.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Splits delimited text into records and fields, keeping the physical lines each record spans. A field that starts
/// with a quote runs to its closing quote; inside it "" is one quote and line breaks belong to the field. "\r\n", a lone
/// "\r" and a lone "\n" each end a record, and a blank line is a record of one empty field.
/// </summary>
/// <remarks>
/// <para>
/// Fields are located, not copied: <see cref="Field"/> makes the string of one field, so the columns nobody reads
/// (personal data) never become strings; a reader that builds every field of every row costs more than twice the CPU
/// (the measurements are in bench/RESULTS.md).
/// </para>
/// <para>
/// Malformed quoting is read as CsvHelper 33 reads it, and tests/Etl.Tests compares the two on random text: a quote
/// inside an unquoted field is plain text; after a quoted field's closing quote, anything up to the next delimiter or
/// line break is plain text appended to it, and in such a field "" counts as nothing; a quote never closed runs to the
/// end of the file. Each of these marks the record <see cref="BadQuotes"/>. A file that ends inside a quoted field
/// right after "" is read as CsvHelper reads it too: that pair's second quote closes the field, and the first is dropped.
/// </para>
/// </remarks>
internal sealed class CsvTokenizer : IDisposable
{
    private const char Quote = '"';

    private readonly TextReader _reader;
    private readonly char _delimiter;
    /// <summary>Where an unquoted field may end or turn out malformed.</summary>
    private readonly SearchValues<char> _fieldStops;
    /// <summary>Where an unquoted field, or the plain text after a closing quote, ends.</summary>
    private readonly SearchValues<char> _fieldEnds;

    private char[] _buffer;
    private int _position;
    private int _length;
    private bool _endOfText;
    private long _nextLine = 1;

    private int _recordStart;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private FieldKind[] _kinds = new FieldKind[32];

    /// <summary>
    /// No record of a real export is longer (Excel caps a cell at 32,767 characters). A longer one is a quote never
    /// closed or a file with no line breaks, and holding it would take the memory of a whole file: it is refused.
    /// </summary>
    public const int DefaultLongestRecord = 4 * 1024 * 1024;

    private readonly int _longestRecord;

    public CsvTokenizer(TextReader reader, char delimiter, int bufferSize = 64 * 1024, int longestRecord = DefaultLongestRecord)
    {
        _longestRecord = Math.Max(longestRecord, bufferSize);
        _reader = reader;
        _delimiter = delimiter;
        _fieldStops = SearchValues.Create([delimiter, Quote, '\r', '\n']);
        _fieldEnds = SearchValues.Create([delimiter, '\r', '\n']);
        _buffer = new char[bufferSize];
    }

    private enum FieldKind : byte
    {
        /// <summary>The text as it stands: unquoted, or the inside of quotes that hold no "".</summary>
        Plain,
        /// <summary>Quotes around text that holds "" (each one a quote).</summary>
        Quoted,
        /// <summary>Opens with a quote and is malformed after it; read the way CsvHelper reads it.</summary>
        BadQuoted,
    }

    /// <summary>The physical line where the current record starts (1 is the file's first).</summary>
    public long FirstLine { get; private set; }

    /// <summary>The physical line where the current record ends: later than <see cref="FirstLine"/> when a quoted field holds line breaks.</summary>
    public long LastLine { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the current record has quotes that do not follow the rules (see the remarks).</summary>
    public bool BadQuotes { get; private set; }

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    public bool Read()
    {
        while (true)
        {
            var text = _buffer.AsSpan(_position, _length - _position);
            if (text.IsEmpty && _endOfText)
                return false;
            if (!text.IsEmpty && TryRecord(text, out var consumed, out var breaks, out var endsWithBreak))
            {
                _recordStart = _position;
                _position += consumed;
                FirstLine = _nextLine;
                LastLine = FirstLine + breaks - (endsWithBreak ? 1 : 0);
                _nextLine += breaks;
                return true;
            }
            Fill();
        }
    }

    /// <summary>
    /// The text of field <paramref name="index"/> of the current record: a new string, or the one <paramref name="repeated"/>
    /// already holds for the same text.
    /// </summary>
    public string Field(int index, RepeatedText? repeated = null)
    {
        var raw = _buffer.AsSpan(_recordStart + _starts[index], _lengths[index]);
        return _kinds[index] switch
        {
            FieldKind.Plain => raw.IsEmpty ? "" : repeated is null ? new string(raw) : repeated.Of(raw),
            FieldKind.Quoted => raw.ToString().Replace("\"\"", "\""),
            _ => BadQuotedText(raw),
        };
    }

    /// <summary>Whether every field of the current record is empty or white space (a blank line, or ";;;").</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < Count; i++)
        {
            var blank = _kinds[i] == FieldKind.BadQuoted
                ? string.IsNullOrWhiteSpace(Field(i))
                // A "" pair is a quote, never white space.
                : _buffer.AsSpan(_recordStart + _starts[i], _lengths[i]).IsWhiteSpace();
            if (!blank)
                return false;
        }
        return true;
    }

    /// <summary>
    /// Where the current record's quote that never closes opened (its physical line, and its column counted in
    /// characters from 1), or null when every quote closes. Tells the clerk where to fix a quote that swallowed the rest.
    /// </summary>
    public (long Line, int Column)? UnclosedQuote() => UnclosedQuoteIn(_buffer.AsSpan(_recordStart, _position - _recordStart), FirstLine);

    private (long Line, int Column)? UnclosedQuoteIn(ReadOnlySpan<char> record, long firstLine)
    {
        var (line, column) = (firstLine, 0);
        (long Line, int Column)? open = null;
        var fieldStart = true;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            column++;
            if (open is null)
            {
                if (c == Quote && fieldStart)
                    open = (line, column);
                fieldStart = c == _delimiter || c is '\r' or '\n';
            }
            else if (c == Quote)
            {
                if (i + 1 < record.Length && record[i + 1] == Quote)
                    (i, column) = (i + 1, column + 1);
                else
                    (open, fieldStart) = (null, false);
            }
            if (c == '\n' || (c == '\r' && (i + 1 == record.Length || record[i + 1] != '\n')))
                (line, column) = (line + 1, 0);
        }
        return open;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// Reads one record from the start of <paramref name="text"/>. False when the text ends before the record does
    /// and more may come: the caller reads more and asks again from the same start.
    /// </summary>
    private bool TryRecord(ReadOnlySpan<char> text, out int consumed, out long breaks, out bool endsWithBreak)
    {
        (consumed, breaks, endsWithBreak) = (0, 0, false);
        Count = 0;
        BadQuotes = false;
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == Quote)
            {
                if (!TryQuotedField(text, ref i, ref breaks))
                    return false;
            }
            else
            {
                var start = i;
                var stop = text[i..].IndexOfAny(_fieldStops);
                if (stop >= 0 && text[i + stop] == Quote)
                {
                    BadQuotes = true;
                    var end = text[(i + stop)..].IndexOfAny(_fieldEnds);
                    stop = end < 0 ? -1 : stop + end;
                }
                if (stop < 0 && !_endOfText)
                    return false;
                i = stop < 0 ? text.Length : i + stop;
                Add(start, i - start, FieldKind.Plain);
            }

            if (i == text.Length)
            {
                // The end of the file; a quote never closed may have taken its last line break, which still ends the line.
                consumed = i;
                endsWithBreak = text[^1] is '\r' or '\n';
                return true;
            }
            var next = text[i];
            if (next == _delimiter)
            {
                i++;
                continue;
            }
            if (next == '\r')
            {
                if (i + 1 == text.Length && !_endOfText)
                    return false; // a "\n" may follow in the text not read yet
                consumed = i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
            else
                consumed = i + 1;
            breaks++;
            endsWithBreak = true;
            return true;
        }
    }

    /// <summary>A field that opens with a quote, at <paramref name="i"/>; leaves <paramref name="i"/> where the field ends.</summary>
    private bool TryQuotedField(ReadOnlySpan<char> text, ref int i, ref long breaks)
    {
        var start = i;
        var from = i + 1;
        var pairs = false;
        while (true)
        {
            var quote = text[from..].IndexOf(Quote);
            if (quote < 0)
            {
                if (!_endOfText)
                    return false;
                // Never closed: the field runs to the end of the file.
                breaks += LineBreaks(text[from..]);
                i = text.Length;
                BadQuotes = true;
                Add(start, i - start, FieldKind.BadQuoted);
                return true;
            }
            quote += from;
            breaks += LineBreaks(text[from..quote]);
            if (quote + 1 == text.Length && !_endOfText)
                return false; // "" or a closing quote: the next character tells
            if (quote + 1 < text.Length && text[quote + 1] == Quote)
            {
                pairs = true;
                from = quote + 2;
                if (from == text.Length)
                {
                    if (!_endOfText)
                        return false;
                    // The file ends right after "": CsvHelper took the pair's second quote as the closing one.
                    i = from;
                    Add(start + 1, from - start - 3, FieldKind.Quoted);
                    return true;
                }
                continue;
            }

            var after = quote + 1;
            if (after == text.Length || text[after] == _delimiter || text[after] is '\r' or '\n')
            {
                i = after;
                if (pairs)
                    Add(start + 1, quote - start - 1, FieldKind.Quoted);
                else
                    Add(start + 1, quote - start - 1, FieldKind.Plain);
                return true;
            }
            // Text after the closing quote: plain text up to the next delimiter or line break.
            var end = text[after..].IndexOfAny(_fieldEnds);
            if (end < 0 && !_endOfText)
                return false;
            i = end < 0 ? text.Length : after + end;
            BadQuotes = true;
            Add(start, i - start, FieldKind.BadQuoted);
            return true;
        }
    }

    /// <summary>"\r\n", a lone "\r" and a lone "\n" are one line break each.</summary>
    private static long LineBreaks(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\r', '\n') < 0)
            return 0;
        long breaks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                breaks++;
            else if (text[i] == '\r')
            {
                breaks++;
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
        }
        return breaks;
    }

    /// <summary>
    /// CsvHelper's reading of a malformed field that opens with a quote: up to the closing quote the quotes go, ""
    /// included; after it everything stays as written.
    /// </summary>
    private static string BadQuotedText(ReadOnlySpan<char> raw)
    {
        var text = new StringBuilder(raw.Length);
        var inQuotes = true;
        for (var i = 1; i < raw.Length; i++)
        {
            if (inQuotes && raw[i] == Quote)
            {
                if (i + 1 < raw.Length && raw[i + 1] == Quote)
                    i++;
                else
                    inQuotes = false;
                continue;
            }
            text.Append(raw[i]);
        }
        return text.ToString();
    }

    private void Add(int start, int length, FieldKind kind)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _kinds, Count * 2);
        }
        (_starts[Count], _lengths[Count], _kinds[Count]) = (start, length, kind);
        Count++;
    }

    /// <summary>Keeps the unread text, moved to the front of the buffer (grown if one record fills it), and reads more after it.</summary>
    private void Fill()
    {
        if (_position > 0)
        {
            _buffer.AsSpan(_position, _length - _position).CopyTo(_buffer);
            _length -= _position;
            _position = 0;
        }
        if (_length == _buffer.Length)
        {
            if (_buffer.Length >= _longestRecord)
                throw new RecordTooLongException(_nextLine, _longestRecord, UnclosedQuoteIn(_buffer.AsSpan(0, _length), _nextLine));
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, _longestRecord));
        }
        var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0)
            _endOfText = true;
        _length += read;
    }
}

/// <summary>A record longer than the tokenizer holds, starting at <see cref="FirstLine"/>; where a quote opened that had not closed by then.</summary>
internal sealed class RecordTooLongException(long firstLine, int longest, (long Line, int Column)? unclosedQuote)
    : Exception($"The record at line {firstLine} is longer than {longest} characters.")
{
    public long FirstLine => firstLine;

    public int Longest => longest;

    public (long Line, int Column)? UnclosedQuote => unclosedQuote;
}
