using System.Buffers.Binary;
using System.Text;
using IndicadoresServicio.Etl.Transform;
using Npgsql;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// PostgreSQL's side of <see cref="FactWriter"/>: binary COPY, <c>petition_id</c> from the column's default. The rows
/// are written in COPY's binary format here and handed to Npgsql as raw bytes. Npgsql's importer does the same value by
/// value, resolving each value's type on every call; on a two-core server that shares its cores with PostgreSQL, which
/// keeps four B-trees up to date during the load, the client's CPU is the load's time.
/// </summary>
/// <remarks>The format: https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4 (big-endian; dates and
/// timestamps count from 2000-01-01).</remarks>
internal sealed class PostgresFactWriter(NpgsqlConnection connection, DimensionIds dimensions, FactContext context)
    : FactWriter(dimensions, context)
{
    /// <summary>The signature, then no flags and no header extension.</summary>
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1).Ticks;

    private readonly byte[] _buffer = new byte[256 * 1024];
    private int _position;
    private NpgsqlRawCopyStream? _copy;

    protected override FactBatch Encode(List<StagedRow> rows)
    {
        var batch = new Rows(rows);
        for (var i = 0; i < rows.Count; i++)
            batch.Refs[i] = Keys.Resolve(rows[i].Petition);
        return batch;
    }

    protected override void Begin()
    {
        _copy = connection.BeginRawBinaryCopy($"COPY fct_petition ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)");
        Header.CopyTo(_buffer, 0);
        _position = Header.Length;
    }

    protected override void WriteBatch(FactBatch batch)
    {
        var rows = ((Rows)batch).StagedRows;
        var stamp = (Context.Now.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond;
        for (var i = 0; i < rows.Count; i++)
        {
            var (p, hash, ids) = (rows[i].Petition, rows[i].Hash, batch.Refs[i]);
            Reserve(Columns.Length * 12 + MaxBytes(p.Radicado) + MaxBytes(Context.Source) + MaxBytes(p.PetitionerType)
                + MaxBytes(p.PetitionerHash) + MaxBytes(hash));
            Short((short)Columns.Length);
            Int(Context.Entity);
            Text(p.Radicado);
            Text(Context.Source);
            Int(ids.Type);
            Int(ids.Channel);
            Int(ids.Dependency);
            Int(ids.Topic == 0 ? null : ids.Topic);
            Date(p.FiledOn);
            Int(DateKey(p.FiledOn));
            Int(p.TermDays);
            Date(p.Terms.DueOn);
            Date(p.Terms.ExtendedDueOn);
            Bool(p.Terms.ExtensionValid);
            Date(p.Terms.EffectiveDueOn);
            Date(p.AnsweredOn);
            Int(p.Terms.BusinessDaysToAnswer);
            Date(p.SourceDueOn);
            Bool(p.Transferred);
            Text(p.PetitionerType);
            Text(p.PetitionerHash);
            Text(hash);
            Long(Context.Run);
            Long(Context.Run);
            Long(stamp);
            Long(stamp);
            Int(p.OutcomeCode);
        }
    }

    protected override void End()
    {
        if (_copy is null)
            return;
        Reserve(2);
        Short(-1);
        Flush();
        _copy.Dispose();
        _copy = null;
    }

    public override void Dispose()
    {
        // Only a failed load gets here with the COPY open: abandon it rather than finish it.
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

    private static int MaxBytes(string? text) => text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length);

    /// <summary>Makes room for a row: what the buffer holds goes to the server first when it would not fit.</summary>
    private void Reserve(int bytes)
    {
        if (_position + bytes > _buffer.Length)
            Flush();
        if (bytes > _buffer.Length)
            throw new EtlException($"Una petición ocupa {bytes:N0} bytes, más de lo que admite la carga masiva.");
    }

    private void Flush()
    {
        _copy!.Write(_buffer, 0, _position);
        _position = 0;
    }

    private void Short(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_position), value);
        _position += 2;
    }

    private void Length(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_position), value);
        _position += 4;
    }

    private void Null() => Length(-1);

    private void Int(int value)
    {
        Length(4);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_position), value);
        _position += 4;
    }

    private void Int(int? value)
    {
        if (value is { } v) Int(v);
        else Null();
    }

    private void Long(long value)
    {
        Length(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_position), value);
        _position += 8;
    }

    private void Bool(bool value)
    {
        Length(1);
        _buffer[_position++] = value ? (byte)1 : (byte)0;
    }

    private void Bool(bool? value)
    {
        if (value is { } v) Bool(v);
        else Null();
    }

    private void Date(DateOnly value) => Int(value.DayNumber - PostgresEpochDay);

    private void Date(DateOnly? value)
    {
        if (value is { } v) Date(v);
        else Null();
    }

    private void Text(string? value)
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

    private sealed class Rows(List<StagedRow> rows) : FactBatch(rows.Count)
    {
        public List<StagedRow> StagedRows { get; } = rows;
    }
}
