using System.Text;
using Dapper;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;
using DuckDB.NET.Native;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// DuckDB's side of <see cref="FactWriter"/>. Rows are laid into DuckDB data chunks (its native column vectors) and
/// appended a chunk at a time. DuckDB.NET's row appender takes them value by value, through a virtual call and a type
/// check each and boxing every date on the way: the same million rows cost 5.2 s that way and 3.0 s this way
/// (bench/RESULTS.md). The appender and the chunks are DuckDB's C API, which DuckDB.NET publishes as is.
/// </summary>
internal sealed unsafe class DuckDbFactWriter(DuckDBConnection connection, DimensionIds dimensions, FactContext context)
    : FactWriter(dimensions, context)
{
    private static readonly DuckDBType[] ColumnTypes =
    [
        DuckDBType.BigInt, // petition_id
        DuckDBType.Integer, DuckDBType.Varchar, DuckDBType.Varchar, // entity_id, radicado, source
        DuckDBType.Integer, DuckDBType.Integer, DuckDBType.Integer, DuckDBType.Integer, // type, channel, dependency, topic
        DuckDBType.Date, DuckDBType.Integer, DuckDBType.Integer, // filed_on, filed_date_key, term_days
        DuckDBType.Date, DuckDBType.Date, DuckDBType.Boolean, DuckDBType.Date, // due_on, extension_due_on, extension_valid, effective_due_on
        DuckDBType.Date, DuckDBType.Integer, DuckDBType.Date, DuckDBType.Boolean, // answered_on, business_days_to_answer, source_due_on, transferred
        DuckDBType.Varchar, DuckDBType.Varchar, DuckDBType.Varchar, // petitioner_type, petitioner_hash, row_hash
        DuckDBType.BigInt, DuckDBType.BigInt, DuckDBType.Timestamp, DuckDBType.Timestamp, // first/last_run_id, loaded_at, updated_at
        DuckDBType.Integer, // outcome_code
    ];

    private const int PetitionId = 0, Channel = 5, Dependency = 6, Topic = 7;

    /// <summary>The column types, made once and kept for the process's life (their handles free them when collected).</summary>
    private static readonly DuckDBLogicalType[] LogicalTypeHandles = ColumnTypes.Select(NativeMethods.LogicalType.DuckDBCreateLogicalType).ToArray();

    private static readonly IntPtr[] LogicalTypes = LogicalTypeHandles.Select(t => t.DangerousGetHandle()).ToArray();

    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly Queue<long> _petitionIds = new();
    private int _block = 4096;
    private DuckDBAppender? _appender;

    // DuckDB's appender cannot evaluate nextval() for a column default, so ids are taken from the sequence in
    // growing blocks; the last block's unused ids are a gap in the sequence, as a rolled-back insert leaves.
    protected override bool HasPetitionIds(int count) => _petitionIds.Count >= count;

    protected override void ReservePetitionIds(int count)
    {
        if (_petitionIds.Count >= count)
            return;
        var block = Math.Max(_block, count);
        foreach (var id in connection.Query<long>($"SELECT nextval('seq_petition') FROM range({block})"))
            _petitionIds.Enqueue(id);
        _block = Math.Min(_block * 4, 262_144);
    }

    protected override FactBatch Encode(List<StagedRow> rows)
    {
        if (rows.Count > (int)NativeMethods.Helpers.DuckDBVectorSize())
            throw new ArgumentException($"Un bloque de DuckDB lleva a lo sumo {NativeMethods.Helpers.DuckDBVectorSize()} filas.", nameof(rows));
        var chunk = new Chunk(rows.Count);
        try
        {
            var stamp = Microseconds(Context.Now);
            var text = new Utf8Text();
            for (var row = 0; row < rows.Count; row++)
            {
                var (p, hash) = (rows[row].Petition, rows[row].Hash);
                var refs = chunk.Refs[row] = Keys.Resolve(p);
                var terms = p.Terms;
                chunk.Int(1, row, Context.Entity);
                chunk.Text(2, row, p.Radicado, text);
                chunk.Text(3, row, Context.Source, text);
                chunk.Int(4, row, refs.Type);
                chunk.Date(8, row, p.FiledOn);
                chunk.Int(9, row, DateKey(p.FiledOn));
                chunk.Int(10, row, p.TermDays);
                chunk.Date(11, row, terms.DueOn);
                chunk.Date(12, row, terms.ExtendedDueOn);
                chunk.Bool(13, row, terms.ExtensionValid);
                chunk.Date(14, row, terms.EffectiveDueOn);
                chunk.Date(15, row, p.AnsweredOn);
                chunk.Int(16, row, terms.BusinessDaysToAnswer);
                chunk.Date(17, row, p.SourceDueOn);
                chunk.Bool(18, row, p.Transferred);
                chunk.Text(19, row, p.PetitionerType, text);
                chunk.Text(20, row, p.PetitionerHash, text);
                chunk.Text(21, row, hash, text);
                chunk.Long(22, row, Context.Run);
                chunk.Long(23, row, Context.Run);
                chunk.Long(24, row, stamp);
                chunk.Long(25, row, stamp);
                chunk.Int(26, row, p.OutcomeCode);
            }
            return chunk;
        }
        catch
        {
            chunk.Dispose();
            throw;
        }
    }

    protected override void WriteBatch(FactBatch batch)
    {
        var chunk = (Chunk)batch;
        for (var row = 0; row < chunk.Count; row++)
        {
            var ids = chunk.Refs[row];
            chunk.Long(PetitionId, row, _petitionIds.Dequeue());
            chunk.Int(Channel, row, ids.Channel);
            chunk.Int(Dependency, row, ids.Dependency);
            chunk.Int(Topic, row, ids.Topic == 0 ? null : ids.Topic);
        }
        Check(NativeMethods.Appender.DuckDBAppendDataChunk(_appender!, chunk.Handle));
    }

    protected override void Begin()
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null, "fct_petition", out var appender) != DuckDBState.Success)
        {
            var message = Error(appender);
            appender.Dispose();
            throw new InvalidOperationException($"DuckDB no abrió el appender de fct_petition: {message}");
        }
        _appender = appender;
        if (NativeMethods.Appender.DuckDBAppenderColumnCount(appender) != (ulong)ColumnTypes.Length)
            throw new InvalidOperationException("fct_petition no tiene las columnas que escribe la carga masiva.");
    }

    protected override void End()
    {
        if (_appender is null)
            return;
        try
        {
            Check(NativeMethods.Appender.DuckDBAppenderClose(_appender));
        }
        finally
        {
            _appender.Dispose();
            _appender = null;
        }
    }

    public override void Dispose()
    {
        // Only a failed load gets here with the appender open. Destroying an appender flushes what it holds into the
        // transaction, which is being rolled back anyway; its own complaint would only hide the first error.
        _appender?.Dispose();
        _appender = null;
    }

    private void Check(DuckDBState state)
    {
        if (state != DuckDBState.Success)
            throw new InvalidOperationException(Error(_appender!));
    }

    private static string Error(DuckDBAppender appender)
    {
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(appender);
        return NativeMethods.ErrorData.DuckDBErrorDataMessage(error);
    }

    private static long Microseconds(DateTime value) => (value.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>A reusable UTF-8 buffer for the strings of one encoding call.</summary>
    private sealed class Utf8Text
    {
        public byte[] Buffer = new byte[256];
    }

    /// <summary>One DuckDB data chunk with fct_petition's columns, filled row by row.</summary>
    private sealed class Chunk : FactBatch
    {
        private readonly DuckDBDataChunk _handle;
        private readonly IntPtr[] _vectors;
        private readonly void*[] _data;
        private readonly ulong*[] _validity;

        public Chunk(int count) : base(count)
        {
            _handle = NativeMethods.DataChunks.DuckDBCreateDataChunk(LogicalTypes, (ulong)LogicalTypes.Length);
            _vectors = new IntPtr[LogicalTypes.Length];
            _data = new void*[LogicalTypes.Length];
            _validity = new ulong*[LogicalTypes.Length];
            for (var column = 0; column < _vectors.Length; column++)
            {
                _vectors[column] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_handle, column);
                _data[column] = NativeMethods.Vectors.DuckDBVectorGetData(_vectors[column]);
            }
            NativeMethods.DataChunks.DuckDBDataChunkSetSize(_handle, (ulong)count);
        }

        public DuckDBDataChunk Handle => _handle;

        public void Int(int column, int row, int value) => ((int*)_data[column])[row] = value;

        public void Int(int column, int row, int? value)
        {
            if (value is { } v) ((int*)_data[column])[row] = v;
            else Null(column, row);
        }

        public void Long(int column, int row, long value) => ((long*)_data[column])[row] = value;

        public void Bool(int column, int row, bool value) => ((byte*)_data[column])[row] = value ? (byte)1 : (byte)0;

        public void Bool(int column, int row, bool? value)
        {
            if (value is { } v) Bool(column, row, v);
            else Null(column, row);
        }

        /// <summary>DuckDB's DATE is days since 1970-01-01.</summary>
        public void Date(int column, int row, DateOnly value) => ((int*)_data[column])[row] = value.DayNumber - EpochDay;

        public void Date(int column, int row, DateOnly? value)
        {
            if (value is { } v) Date(column, row, v);
            else Null(column, row);
        }

        public void Text(int column, int row, string? value, Utf8Text text)
        {
            if (value is null)
            {
                Null(column, row);
                return;
            }
            var length = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (length > text.Buffer.Length)
                text.Buffer = new byte[length];
            var written = Encoding.UTF8.GetBytes(value, text.Buffer);
            fixed (byte* bytes = text.Buffer)
                NativeMethods.Vectors.DuckDBVectorAssignStringElementLength(_vectors[column], (ulong)row, bytes, written);
        }

        /// <summary>A NULL clears the row's bit in the vector's validity mask, which DuckDB allocates on first use.</summary>
        private void Null(int column, int row)
        {
            var validity = _validity[column];
            if (validity is null)
            {
                NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(_vectors[column]);
                validity = _validity[column] = NativeMethods.Vectors.DuckDBVectorGetValidity(_vectors[column]);
            }
            validity[row >> 6] &= ~(1UL << (row & 63));
        }

        public override void Dispose() => _handle.Dispose();
    }
}
