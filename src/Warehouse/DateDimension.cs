using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;
using NpgsqlTypes;
using Dapper;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Fills <c>dim_date</c>: every day of the calendar (1984 to 2100) with its national business-day flag and holiday
/// name, so every filing date the loads accept (<see cref="FilingDates"/>) can be measured.
/// The rows come from the calendar code, not from SQL, so the warehouse and the CLI can never disagree.
/// An entity's own non-working days are not here: they differ per entity and are applied at load time.
/// </summary>
public static class DateDimension
{
    public static readonly DateOnly First = new(ColombianHolidays.FirstYear, 1, 1);
    public static readonly DateOnly Last = new(ColombianHolidays.LastYear, 12, 31);
    public static int ExpectedRows => Last.DayNumber - First.DayNumber + 1;

    public static void Fill(Warehouse warehouse, DbConnection connection)
    {
        var present = connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM dim_date");
        if (present == ExpectedRows)
            return;
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM dim_date", transaction: transaction);
        // 42,000 rows through each engine's bulk path: as INSERT ... VALUES text they took DuckDB seconds to parse,
        // paid by every new warehouse (and every test's).
        if (connection is NpgsqlConnection postgres)
            Copy(postgres);
        else
            Append((DuckDBConnection)connection);
        transaction.Commit();
    }

    private sealed record Day(DateOnly Date, bool IsBusinessDay, int BusinessDayIndex, string? Holiday)
    {
        private DateTime Start => Date.ToDateTime(TimeOnly.MinValue);
        public int Key => Date.Year * 10000 + Date.Month * 100 + Date.Day;
        public short DayOfWeek => (short)(Date.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)Date.DayOfWeek);
        public string MonthName => Spanish.DateTimeFormat.GetMonthName(Date.Month);
        public string DayName => Spanish.DateTimeFormat.GetDayName(Date.DayOfWeek);
        public short IsoYear => (short)ISOWeek.GetYear(Start);
        public short IsoWeek => (short)ISOWeek.GetWeekOfYear(Start);
        public short Quarter => (short)((Date.Month + 2) / 3);
        public short Cuatrimestre => (short)((Date.Month + 3) / 4);
        public short Semester => (short)((Date.Month + 5) / 6);
        public bool IsWeekend => DayOfWeek >= 6;
    }

    private static IEnumerable<Day> Days()
    {
        var businessDayIndex = 0;
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            var isBusinessDay = BusinessCalendar.National.IsBusinessDay(day);
            if (isBusinessDay)
                businessDayIndex++;
            yield return new Day(day, isBusinessDay, businessDayIndex, ColombianHolidays.NameOf(day));
        }
    }

    private static void Append(DuckDBConnection connection)
    {
        using var appender = connection.CreateAppender("dim_date");
        foreach (var d in Days())
        {
            var row = appender.CreateRow()
                .AppendValue(d.Key).AppendValue(d.Date)
                .AppendValue((short)d.Date.Year).AppendValue((short)d.Date.Month).AppendValue((short)d.Date.Day)
                .AppendValue(d.MonthName).AppendValue(d.DayOfWeek).AppendValue(d.DayName)
                .AppendValue(d.IsoYear).AppendValue(d.IsoWeek).AppendValue(d.Quarter).AppendValue(d.Cuatrimestre).AppendValue(d.Semester)
                .AppendValue(d.IsWeekend).AppendValue(d.Holiday is not null);
            (d.Holiday is null ? row.AppendNullValue() : row.AppendValue(d.Holiday))
                .AppendValue(d.IsBusinessDay).AppendValue(d.BusinessDayIndex)
                .EndRow();
        }
    }

    private static void Copy(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport($"COPY dim_date ({Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var d in Days())
        {
            copy.StartRow();
            copy.Write(d.Key, NpgsqlDbType.Integer);
            copy.Write(d.Date, NpgsqlDbType.Date);
            copy.Write((short)d.Date.Year, NpgsqlDbType.Smallint);
            copy.Write((short)d.Date.Month, NpgsqlDbType.Smallint);
            copy.Write((short)d.Date.Day, NpgsqlDbType.Smallint);
            copy.Write(d.MonthName, NpgsqlDbType.Varchar);
            copy.Write(d.DayOfWeek, NpgsqlDbType.Smallint);
            copy.Write(d.DayName, NpgsqlDbType.Varchar);
            copy.Write(d.IsoYear, NpgsqlDbType.Smallint);
            copy.Write(d.IsoWeek, NpgsqlDbType.Smallint);
            copy.Write(d.Quarter, NpgsqlDbType.Smallint);
            copy.Write(d.Cuatrimestre, NpgsqlDbType.Smallint);
            copy.Write(d.Semester, NpgsqlDbType.Smallint);
            copy.Write(d.IsWeekend, NpgsqlDbType.Boolean);
            copy.Write(d.Holiday is not null, NpgsqlDbType.Boolean);
            if (d.Holiday is null) copy.WriteNull(); else copy.Write(d.Holiday, NpgsqlDbType.Varchar);
            copy.Write(d.IsBusinessDay, NpgsqlDbType.Boolean);
            copy.Write(d.BusinessDayIndex, NpgsqlDbType.Integer);
        }
        copy.Complete();
    }

    /// <summary>dim_date's columns in the order both writers give them (the order of sql/common/0001_dimensions.sql).</summary>
    private const string Columns = "date_key, full_date, year, month, day, month_name, day_of_week, day_name, " +
        "iso_year, iso_week, quarter, cuatrimestre, semester, is_weekend, is_holiday, holiday_name, is_business_day, business_day_index";

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");
}
