using System.Text;
using DuckDB.NET.Native;

namespace IndicadoresServicio.Warehousing.BulkWriting;

/// <summary>
/// One DuckDB data chunk (its native column vectors, up to 2,048 rows), filled row by row through DuckDB's C API,
/// which DuckDB.NET publishes as is (<see cref="NativeMethods"/>). DuckDB.NET's row appender takes values one by
/// one, through a virtual call and a type check each and boxing every date on the way.
/// </summary>
public sealed unsafe class DuckDbChunk : IDisposable
{
    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly DuckDBDataChunk _handle;
    private readonly IntPtr[] _vectors;
    private readonly void*[] _data;
    private readonly ulong*[] _validity;
    private byte[] _text = new byte[256];

    public DuckDbChunk(ColumnTypes types, int count)
    {
        if (count > MaxRows)
            throw new ArgumentOutOfRangeException(nameof(count), $"Un bloque de DuckDB lleva a lo sumo {MaxRows} filas.");
        _handle = NativeMethods.DataChunks.DuckDBCreateDataChunk(types.Handles, (ulong)types.Handles.Length);
        _vectors = new IntPtr[types.Handles.Length];
        _data = new void*[_vectors.Length];
        _validity = new ulong*[_vectors.Length];
        for (var column = 0; column < _vectors.Length; column++)
        {
            _vectors[column] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_handle, column);
            _data[column] = NativeMethods.Vectors.DuckDBVectorGetData(_vectors[column]);
        }
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_handle, (ulong)count);
        Count = count;
    }

    public static int MaxRows { get; } = (int)NativeMethods.Helpers.DuckDBVectorSize();

    public int Count { get; }

    public DuckDBDataChunk Handle => _handle;

    public void Int(int column, int row, int value) => ((int*)_data[column])[row] = value;

    public void Int(int column, int row, int? value)
    {
        if (value is { } v) Int(column, row, v);
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

    /// <summary>DuckDB's TIMESTAMP is microseconds since 1970-01-01.</summary>
    public static long Timestamp(DateTime value) => (value.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    public void Text(int column, int row, string? value)
    {
        if (value is null)
        {
            Null(column, row);
            return;
        }
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _text.Length)
            _text = new byte[length];
        var written = Encoding.UTF8.GetBytes(value, _text);
        fixed (byte* bytes = _text)
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

    public void Dispose() => _handle.Dispose();

    /// <summary>A table's column types, made once and kept for the process's life (their handles free them when collected).</summary>
    public sealed class ColumnTypes(params DuckDBType[] types)
    {
        public IReadOnlyList<DuckDBType> Types { get; } = types;

        private readonly DuckDBLogicalType[] _types = types.Select(NativeMethods.LogicalType.DuckDBCreateLogicalType).ToArray();

        public IntPtr[] Handles => field ??= _types.Select(t => t.DangerousGetHandle()).ToArray();

        public int Count => _types.Length;
    }
}

/// <summary>DuckDB's appender through its C API: whole data chunks into one table, in the connection's transaction.</summary>
public sealed class DuckDbChunkAppender : IDisposable
{
    private DuckDBAppender? _appender;

    private DuckDbChunkAppender(DuckDBAppender appender) => _appender = appender;

    public static DuckDbChunkAppender Open(DuckDB.NET.Data.DuckDBConnection connection, string table, DuckDbChunk.ColumnTypes types)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null, table, out var appender) != DuckDBState.Success)
        {
            var message = Error(appender);
            appender.Dispose();
            throw new InvalidOperationException($"DuckDB no abrió el appender de {table}: {message}");
        }
        var opened = new DuckDbChunkAppender(appender);
        if (NativeMethods.Appender.DuckDBAppenderColumnCount(appender) != (ulong)types.Count)
        {
            opened.Dispose();
            throw new InvalidOperationException($"{table} no tiene las columnas que escribe la carga masiva.");
        }
        return opened;
    }

    public void Append(DuckDbChunk chunk) => Check(NativeMethods.Appender.DuckDBAppendDataChunk(_appender!, chunk.Handle));

    /// <summary>Moves what the appender holds into the table and closes it.</summary>
    public void Close()
    {
        try
        {
            Check(NativeMethods.Appender.DuckDBAppenderClose(_appender!));
        }
        finally
        {
            _appender!.Dispose();
            _appender = null;
        }
    }

    /// <summary>
    /// Only a failed load gets here with the appender open. Destroying an appender flushes what it holds into the
    /// transaction, which is being rolled back anyway; its own complaint would only hide the first error.
    /// </summary>
    public void Dispose()
    {
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
}
