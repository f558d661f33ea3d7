using System.Buffers;
using System.Text;

namespace IndicadoresServicio.Generator.Sources;

/// <summary>
/// Writes delimited text the way spreadsheet-minded exporters do: CRLF between rows, and a field quoted (its quotes
/// doubled) only when it holds the delimiter, a quote or a line break. Buffered, and allocation-free per field.
/// </summary>
internal sealed class DelimitedWriter : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly StreamWriter writer;
    private readonly char delimiter;
    private readonly SearchValues<char> specials;
    private bool atRowStart = true;

    public DelimitedWriter(Stream stream, Encoding encoding, char delimiter)
    {
        writer = new StreamWriter(stream, encoding, BufferSize) { NewLine = "\r\n" };
        this.delimiter = delimiter;
        specials = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    public void Field(ReadOnlySpan<char> value)
    {
        if (!atRowStart)
            writer.Write(delimiter);
        atRowStart = false;
        if (value.IndexOfAny(specials) < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"')
                writer.Write('"');
            writer.Write(c);
        }
        writer.Write('"');
    }

    public void Field(string? value) => Field(value.AsSpan());

    public void EndRow()
    {
        writer.WriteLine();
        atRowStart = true;
    }

    public void Dispose() => writer.Dispose();
}
