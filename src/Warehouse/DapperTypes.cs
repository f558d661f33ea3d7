using System.Data;
using Dapper;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Dapper 2.1 does not know <see cref="DateOnly"/>; both engines take a DateTime parameter typed as a date,
/// and give dates back as DateTime (Npgsql) or DateOnly (DuckDB). Registered once, by <see cref="Warehouse"/>.
/// </summary>
internal static class DapperTypes
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value.ToDateTime(TimeOnly.MinValue);
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => DateOnly.Parse(value.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
