using System.Data.Common;
using Dapper;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// PQ-PEND's window: for each period, the last day at most <c>alert_days</c> business days after its cut-off (due
/// dates fall on business days, so "due within the window" is "due on or before this day"). Looked up once before
/// the measure query, which then compares with constants: PostgreSQL runs a query with a subquery over
/// <c>dim_date</c> on one process only, and with constants scans the facts in parallel.
/// </summary>
internal static class AlertWindow
{
    private const string Sql = """
        SELECT
            (SELECT max(d.full_date) FROM dim_date d, dim_date c
             WHERE c.full_date = @cut_off AND d.business_day_index <= c.business_day_index + @alert_days) AS current_end,
            (SELECT max(d.full_date) FROM dim_date d, dim_date c
             WHERE c.full_date = @previous_cut_off AND d.business_day_index <= c.business_day_index + @alert_days) AS previous_end
        """;

    /// <summary>Null when a cut-off is outside <c>dim_date</c>: then no petition is due within the window.</summary>
    public static (DateOnly? Current, DateOnly? Previous) Ends(DbConnection connection, Warehouse.Warehouse warehouse,
        MeasurementRequest request)
    {
        var row = (IDictionary<string, object?>)connection.QuerySingle(warehouse.Sql(Sql),
            new { cut_off = request.CutOff, previous_cut_off = request.PreviousCutOff, alert_days = request.AlertDays });
        return (Date(row["current_end"]), Date(row["previous_end"]));
    }

    // DuckDB gives dates back as DateOnly, Npgsql as DateTime.
    private static DateOnly? Date(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => null,
    };
}
