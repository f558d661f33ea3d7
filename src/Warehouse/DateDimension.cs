using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Fills <c>dim_date</c>: every day from 1990 to 2060 with its national business-day flag and holiday name.
/// The rows come from the calendar code, not from SQL, so the warehouse and the CLI can never disagree.
/// An entity's own non-working days are not here: they differ per entity and are applied at load time.
/// </summary>
public static class DateDimension
{
    public static readonly DateOnly First = new(1990, 1, 1);
    public static readonly DateOnly Last = new(2060, 12, 31);
    private const int BatchSize = 1000;

    public static int ExpectedRows => Last.DayNumber - First.DayNumber + 1;

    public static void Fill(Warehouse warehouse, DbConnection connection)
    {
        var present = connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM dim_date");
        if (present == ExpectedRows)
            return;
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM dim_date", transaction: transaction);
        var businessDayIndex = 0;
        var batch = new List<string>(BatchSize);
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            var isBusinessDay = BusinessCalendar.National.IsBusinessDay(day);
            if (isBusinessDay)
                businessDayIndex++;
            batch.Add(Row(day, isBusinessDay, businessDayIndex));
            if (batch.Count == BatchSize || day == Last)
            {
                connection.Execute(Insert + string.Join(",\n", batch), transaction: transaction);
                batch.Clear();
            }
        }
        transaction.Commit();
    }

    private const string Insert = """
        INSERT INTO dim_date (date_key, full_date, year, month, day, month_name, day_of_week, day_name,
            iso_year, iso_week, quarter, cuatrimestre, semester, is_weekend, is_holiday, holiday_name,
            is_business_day, business_day_index) VALUES
        """;

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");

    private static string Row(DateOnly day, bool isBusinessDay, int businessDayIndex)
    {
        var dateTime = day.ToDateTime(TimeOnly.MinValue);
        var dayOfWeek = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
        var holiday = ColombianHolidays.NameOf(day);
        var row = new StringBuilder(200);
        row.Append('(').Append(day.Year * 10000 + day.Month * 100 + day.Day)
            .Append(", DATE '").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\'')
            .Append(", ").Append(day.Year).Append(", ").Append(day.Month).Append(", ").Append(day.Day)
            .Append(", ").Append(Literal(Spanish.DateTimeFormat.GetMonthName(day.Month)))
            .Append(", ").Append(dayOfWeek)
            .Append(", ").Append(Literal(Spanish.DateTimeFormat.GetDayName(day.DayOfWeek)))
            .Append(", ").Append(ISOWeek.GetYear(dateTime)).Append(", ").Append(ISOWeek.GetWeekOfYear(dateTime))
            .Append(", ").Append((day.Month + 2) / 3)
            .Append(", ").Append((day.Month + 3) / 4)
            .Append(", ").Append((day.Month + 5) / 6)
            .Append(", ").Append(dayOfWeek >= 6 ? "TRUE" : "FALSE")
            .Append(", ").Append(holiday is null ? "FALSE" : "TRUE")
            .Append(", ").Append(holiday is null ? "NULL" : Literal(holiday))
            .Append(", ").Append(isBusinessDay ? "TRUE" : "FALSE")
            .Append(", ").Append(businessDayIndex)
            .Append(')');
        return row.ToString();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";
}
