using System.Globalization;
using System.IO;
using System.Numerics;
using NpgsqlTypes;

namespace IndicadoresServicio.Warehousing.Operations.Migration;

/// <summary>
/// A column of a PostgreSQL table as its catalog names it, and how a value DuckDB gives back becomes what binary COPY
/// writes there. The type comes from the target (information_schema.columns.data_type), so a column added by a future
/// migration is copied with no change here unless it brings a type the warehouse has never used.
/// </summary>
internal sealed record TargetColumn(string Table, string Name, string DataType)
{
    /// <summary>Resolved once: it is asked for every value copied.</summary>
    public NpgsqlDbType Type { get; } = TypeOf(Table, Name, DataType);

    private static NpgsqlDbType TypeOf(string table, string name, string dataType) => dataType switch
    {
        "smallint" => NpgsqlDbType.Smallint,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "boolean" => NpgsqlDbType.Boolean,
        "real" => NpgsqlDbType.Real,
        "double precision" => NpgsqlDbType.Double,
        "numeric" => NpgsqlDbType.Numeric,
        "character varying" => NpgsqlDbType.Varchar,
        "text" => NpgsqlDbType.Text,
        "character" => NpgsqlDbType.Char,
        "json" => NpgsqlDbType.Json,
        "jsonb" => NpgsqlDbType.Jsonb,
        "date" => NpgsqlDbType.Date,
        "timestamp without time zone" => NpgsqlDbType.Timestamp,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "time without time zone" => NpgsqlDbType.Time,
        "interval" => NpgsqlDbType.Interval,
        "uuid" => NpgsqlDbType.Uuid,
        "bytea" => NpgsqlDbType.Bytea,
        _ => throw new WarehouseException(
            $"La columna {table}.{name} es de tipo {dataType}, que la copia a PostgreSQL no sabe escribir todavía: no se copió nada."),
    };

    /// <summary>
    /// The DuckDB value as the CLR value Npgsql writes for <see cref="Type"/>. Text loses only the NUL character,
    /// which PostgreSQL cannot store (the loaders strip it on reading; <paramref name="strippedNul"/> says it happened).
    /// </summary>
    public object Convert(object value, out bool strippedNul)
    {
        strippedNul = false;
        switch (Type)
        {
            case NpgsqlDbType.Smallint: return System.Convert.ToInt16(Integral(value), CultureInfo.InvariantCulture);
            case NpgsqlDbType.Integer: return System.Convert.ToInt32(Integral(value), CultureInfo.InvariantCulture);
            case NpgsqlDbType.Bigint: return System.Convert.ToInt64(Integral(value), CultureInfo.InvariantCulture);
            case NpgsqlDbType.Real: return System.Convert.ToSingle(value, CultureInfo.InvariantCulture);
            case NpgsqlDbType.Double: return System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case NpgsqlDbType.Numeric: return System.Convert.ToDecimal(Integral(value), CultureInfo.InvariantCulture);
            case NpgsqlDbType.Boolean: return System.Convert.ToBoolean(value, CultureInfo.InvariantCulture);
            case NpgsqlDbType.Date:
                return value switch
                {
                    DateOnly d => d,
                    DateTime t => DateOnly.FromDateTime(t),
                    _ => Unexpected(value),
                };
            case NpgsqlDbType.Timestamp:
                // DuckDB's TIMESTAMP has no zone, as PostgreSQL's "timestamp without time zone": the same wall-clock value.
                return value is DateTime stamp ? DateTime.SpecifyKind(stamp, DateTimeKind.Unspecified) : Unexpected(value);
            case NpgsqlDbType.TimestampTz:
                return value switch
                {
                    DateTimeOffset o => o.UtcDateTime,
                    DateTime t => t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t, DateTimeKind.Utc),
                    _ => Unexpected(value),
                };
            case NpgsqlDbType.Time:
                return value switch { TimeOnly t => t, TimeSpan s => TimeOnly.FromTimeSpan(s), _ => Unexpected(value) };
            case NpgsqlDbType.Interval:
                return value is TimeSpan span ? span : Unexpected(value);
            case NpgsqlDbType.Uuid:
                return value is Guid g ? g : Guid.Parse(System.Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case NpgsqlDbType.Bytea:
                return value switch
                {
                    byte[] bytes => bytes,
                    Stream stream => ReadAll(stream),
                    _ => Unexpected(value),
                };
            default:
                var text = value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
                if (!text.Contains('\0'))
                    return text;
                strippedNul = true;
                return text.Replace("\0", "", StringComparison.Ordinal);
        }
    }

    // DuckDB's sum() and a few casts come back as HUGEINT (BigInteger), which IConvertible does not know.
    private static object Integral(object value) => value is BigInteger big ? (decimal)big : value;

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private object Unexpected(object value) =>
        throw new WarehouseException($"La columna {Table}.{Name} ({DataType}) trae en DuckDB un valor de tipo {value.GetType().Name}: no se copió nada.");
}
