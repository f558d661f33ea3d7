using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace IndicadoresServicio.Warehousing.BulkWriting;

/// <summary>
/// One <c>COPY … FROM STDIN (FORMAT BINARY)</c>, fed with rows encoded here and handed to Npgsql as raw bytes.
/// Npgsql's binary importer does the same value by value, resolving each value's type on every call; on a two-core
/// server that shares its cores with PostgreSQL, the client's CPU is the load's time.
/// </summary>
/// <remarks>The format: https://www.postgresql.org/docs/current/sql-copy.html (binary format; big-endian; dates and
/// timestamps count from 2000-01-01).</remarks>
public sealed class BinaryCopy : IDisposable
{
    /// <summary>The signature, then no flags and no header extension.</summary>
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1).Ticks;

    /// <summary>Room for a row's fixed-size fields: a length and at most eight bytes each, and the field count.</summary>
    private const int FixedBytesPerField = 12;

    private byte[] _buffer = new byte[256 * 1024];
    private readonly short _fields;
    private NpgsqlRawCopyStream? _copy;
    private int _position;

    private BinaryCopy(NpgsqlRawCopyStream copy, short fields)
    {
        _copy = copy;
        _fields = fields;
        Header.CopyTo(_buffer, 0);
        _position = Header.Length;
    }

    public static BinaryCopy Begin(NpgsqlConnection connection, string table, IReadOnlyCollection<string> columns) =>
        new(connection.BeginRawBinaryCopy($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"), (short)columns.Count);

    /// <summary>Microseconds since PostgreSQL's epoch, as a timestamp column stores them.</summary>
    public static long Timestamp(DateTime value) => (value.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>
    /// Starts a row whose strings take at most <paramref name="maxTextBytes"/> bytes as UTF-8 (the sum of
    /// <see cref="Encoding.GetMaxByteCount"/> of each), so that the row is known to fit.
    /// </summary>
    public void StartRow(int maxTextBytes)
    {
        var bytes = 2 + _fields * FixedBytesPerField + maxTextBytes;
        if (_position + bytes > _buffer.Length)
            Flush();
        // A free-text subject can be long; the rare row bigger than the buffer gets a buffer of its own size.
        if (bytes > _buffer.Length)
            _buffer = new byte[bytes];
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), _fields);
        _position += 2;
    }

    /// <summary>The most bytes a string can take as UTF-8, for <see cref="StartRow"/>.</summary>
    public static int MaxBytes(string? text) => text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length);

    public void Int(int value)
    {
        Length(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_position), value);
        _position += 4;
    }

    public void Int(int? value)
    {
        if (value is { } v) Int(v);
        else Null();
    }

    public void Long(long value)
    {
        Length(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_position), value);
        _position += 8;
    }

    public void Bool(bool value)
    {
        Length(1);
        _buffer[_position++] = value ? (byte)1 : (byte)0;
    }

    public void Bool(bool? value)
    {
        if (value is { } v) Bool(v);
        else Null();
    }

    public void Date(DateOnly value) => Int(value.DayNumber - PostgresEpochDay);

    public void Date(DateOnly? value)
    {
        if (value is { } v) Date(v);
        else Null();
    }

    /// <summary>A string counted in <see cref="StartRow"/>'s bytes.</summary>
    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }
        var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_position + 4));
        Length(written);
        _position += written;
    }

    /// <summary>Ends the COPY: its rows are in the transaction from here on.</summary>
    public void Complete()
    {
        if (_position + 2 > _buffer.Length)
            Flush();
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), -1);
        _position += 2;
        Flush();
        _copy!.Dispose();
        _copy = null;
    }

    /// <summary>Abandons a COPY left open by a failure, rather than finishing it.</summary>
    public void Dispose()
    {
        if (_copy is null)
            return;
        try
        {
            _copy.Cancel();
        }
        catch (Exception)
        {
            // The connection may be gone already; the first error is the one being reported.
        }
        _copy = null;
    }

    private void Null() => Length(-1);

    private void Length(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_position), value);
        _position += 4;
    }

    private void Flush()
    {
        _copy!.Write(_buffer, 0, _position);
        _position = 0;
    }
}
