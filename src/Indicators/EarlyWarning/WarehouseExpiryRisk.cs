using System.Globalization;
using Dapper;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.EarlyWarning;

/// <summary>
/// Reads <see cref="ExpiryRisk"/>'s inputs from the warehouse at a cut-off: open petitions due in the next 4 weeks,
/// answers of the last <see cref="ExpiryRisk.RecentDays"/> days, each dependency's most common term among its recent
/// filings, and the latest stored weekly forecast per dependency. Dependencies are grouped by name, as the alert list does.
/// </summary>
public static class WarehouseExpiryRisk
{
    public static IReadOnlyList<DependencyExpiryRisk> Estimate(Warehouse warehouse, DateOnly cutOff, BusinessCalendar calendar) =>
        ExpiryRisk.Estimate(Read(warehouse, cutOff), calendar);

    public static ExpiryRiskInputs Read(Warehouse warehouse, DateOnly cutOff)
    {
        var parameters = new { cut_off = cutOff, until = ExpiryRisk.FourWeeksEnd(cutOff), since = cutOff.AddDays(-ExpiryRisk.RecentDays) };
        using var connection = warehouse.OpenConnection();
        var open = connection.Query(warehouse.Sql("""
            SELECT d.name AS dependency, f.filed_on, f.effective_due_on AS due_on
            FROM fct_petition f JOIN dim_dependency d ON d.dependency_id = f.dependency_id
            WHERE f.term_days IS NOT NULL AND f.filed_on <= @cut_off
              AND (f.answered_on IS NULL OR f.answered_on > @cut_off)
              AND f.effective_due_on BETWEEN @cut_off AND @until
            """), parameters)
            .Select(row => (IDictionary<string, object?>)row)
            .Select(row => new OpenPetition((string)row["dependency"]!, ArrivalHistory.DateOf(row["filed_on"])!.Value, ArrivalHistory.DateOf(row["due_on"])!.Value))
            .ToList();
        var answers = connection.Query(warehouse.Sql("""
            SELECT d.name AS dependency, f.business_days_to_answer AS days
            FROM fct_petition f JOIN dim_dependency d ON d.dependency_id = f.dependency_id
            WHERE f.term_days IS NOT NULL AND f.business_days_to_answer IS NOT NULL
              AND f.answered_on > @since AND f.answered_on <= @cut_off
            """), parameters)
            .Select(row => (IDictionary<string, object?>)row)
            .Select(row => new RecentAnswer((string)row["dependency"]!, Convert.ToInt32(row["days"], CultureInfo.InvariantCulture)))
            .ToList();
        var terms = connection.Query(warehouse.Sql("""
            SELECT d.name AS dependency, f.term_days AS term, count(*) AS petitions
            FROM fct_petition f JOIN dim_dependency d ON d.dependency_id = f.dependency_id
            WHERE f.term_days IS NOT NULL AND f.filed_on > @since AND f.filed_on <= @cut_off
            GROUP BY d.name, f.term_days
            """), parameters)
            .Select(row => (IDictionary<string, object?>)row)
            .Select(row => (Dependency: (string)row["dependency"]!, Term: Convert.ToInt32(row["term"], CultureInfo.InvariantCulture),
                Petitions: Convert.ToInt64(row["petitions"], CultureInfo.InvariantCulture)))
            .GroupBy(t => t.Dependency, StringComparer.Ordinal)
            // The most common term; on a tie the shorter, which expires sooner.
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Petitions).ThenBy(t => t.Term).First().Term, StringComparer.Ordinal);
        var arrivals = (ForecastStore.Latest(warehouse, ForecastFrequency.Week)?.Periods ?? [])
            .Where(p => p.Slice == ArrivalSlice.Dependency.Code() && p.Period <= parameters.until && p.Period.AddDays(6) > cutOff)
            .Select(p => new ForecastWeek(p.Series, p.Period, p.Point))
            .ToList();
        return new ExpiryRiskInputs(cutOff, open, answers, arrivals, terms);
    }
}
