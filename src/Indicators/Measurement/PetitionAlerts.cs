using System.Data.Common;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// The alert list behind PQ-PEND: open petitions of the request's period, due within
/// <see cref="MeasurementRequest.AlertDays"/> business days of the cut-off or already overdue, grouped by
/// dependency (alphabetically) and, within one, oldest due date first.
/// </summary>
public static class PetitionAlerts
{
    /// <summary>The candidates, on the fact table alone (filtering and counting need nothing else).</summary>
    public const string Script = "indicators/petition_alerts.sql";

    /// <summary>Names and business days left, for the candidate rows shown.</summary>
    public const string RowsScript = "indicators/petition_alert_rows.sql";

    private static readonly StringComparer SpanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), ignoreCase: false);

    public static IReadOnlyList<PetitionAlert> List(Warehouse warehouse, MeasurementRequest request)
    {
        using var connection = warehouse.OpenConnection();
        var candidates = Candidates.Of(connection, request);
        if (candidates is null)
            return [];
        return InListOrder(Shown(warehouse, connection, candidates, candidates.Sql)).ToList();
    }

    /// <summary>
    /// The same list, summarised: per-dependency counts and the first <paramref name="take"/> alerts in the order of
    /// <see cref="List"/>. The database counts per dependency key; the counts, in Spanish order, then say which
    /// dependencies the first rows fill whole and in which one the cut falls, so only those rows are fetched and
    /// named. Within that last dependency every row due on or before the due date where the cut falls comes back,
    /// and the rows sharing that date are ordered here, so the cut is exact on either engine (their text collations
    /// differ, ours is ordinal).
    /// </summary>
    public static AlertSummary Summarize(Warehouse warehouse, MeasurementRequest request, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var connection = warehouse.OpenConnection();
        var candidates = Candidates.Of(connection, request);
        if (candidates is null)
            return new AlertSummary([], []);
        var dependencies = CountPerDependency(warehouse, connection, candidates);
        var counts = dependencies.Select(d => d.Count).ToList();
        if (take == 0 || counts.Count == 0)
            return new AlertSummary(counts, []);
        var first = Shown(warehouse, connection, candidates, FirstRows(candidates, dependencies, take));
        return new AlertSummary(counts, InListOrder(first).Take(take).ToList());
    }

    /// <summary>
    /// Counts per dependency key with the name joined after aggregating; keys sharing a name (one per entity) are
    /// one dependency, as the list groups them. The fact rows' keys always exist in their dimensions (the ETL takes
    /// them from there and nothing deletes dimension rows), so counting without joining entity and type loses none.
    /// </summary>
    private static List<DependencyAlerts> CountPerDependency(Warehouse warehouse, DbConnection connection, Candidates candidates) =>
        connection.Query(warehouse.Sql($"""
            SELECT c.dependency_id, d.name AS dependency, c.overdue, c.due_soon
            FROM (SELECT a.dependency_id,
                      CAST(sum(CASE WHEN a.due_on < @cut_off THEN 1 ELSE 0 END) AS BIGINT) AS overdue,
                      CAST(sum(CASE WHEN a.due_on >= @cut_off THEN 1 ELSE 0 END) AS BIGINT) AS due_soon
                  FROM ({candidates.Sql}) a GROUP BY a.dependency_id) c
            JOIN dim_dependency d ON d.dependency_id = c.dependency_id
            """), candidates.Parameters)
            .Select(row => (IDictionary<string, object?>)row)
            .GroupBy(row => (string)row["dependency"]!, StringComparer.Ordinal)
            .Select(named => new DependencyAlerts(
                new DependencyAlertCount(named.Key, named.Sum(row => Number(row["overdue"])), named.Sum(row => Number(row["due_soon"]))),
                named.Select(row => Number(row["dependency_id"])).Order().ToList()))
            .OrderBy(d => d.Count.Dependency, SpanishOrder)
            .ToList();

    /// <summary>
    /// A query over the candidates that holds the first <paramref name="take"/> in list order and few more: all rows
    /// of the dependencies that come wholly before the cut, and those of the dependency where it falls that are due
    /// on or before its k-th due date (k: how many of its rows are shown). Only integer keys read from the warehouse
    /// go into the text.
    /// </summary>
    private static string FirstRows(Candidates candidates, IReadOnlyList<DependencyAlerts> dependencies, int take)
    {
        var whole = new List<long>();
        long before = 0;
        foreach (var dependency in dependencies)
        {
            if (before == take)
                return $"SELECT a.* FROM ({candidates.Sql}) a WHERE a.dependency_id IN ({Keys(whole)})";
            if (before + dependency.Count.Total > take)
            {
                candidates.Parameters.Add("cut_offset", (int)(take - before - 1));
                var cut = Keys(dependency.Ids);
                var wholeBefore = whole.Count == 0 ? "" : $"a.dependency_id IN ({Keys(whole)}) OR ";
                return $"""
                    SELECT a.* FROM ({candidates.Sql}) a
                    WHERE {wholeBefore}(a.dependency_id IN ({cut}) AND a.due_on <= (
                        SELECT k.due_on FROM ({candidates.Sql}) k WHERE k.dependency_id IN ({cut})
                        ORDER BY k.due_on LIMIT 1 OFFSET @cut_offset))
                    """;
            }
            whole.AddRange(dependency.Ids);
            before += dependency.Count.Total;
        }
        return candidates.Sql;
    }

    private static IEnumerable<PetitionAlert> Shown(Warehouse warehouse, DbConnection connection, Candidates candidates, string rows)
    {
        var sql = SqlScripts.Statements(RowsScript).Single().Replace("{{alerts}}", rows, StringComparison.Ordinal);
        return connection.Query(warehouse.Sql(sql), candidates.Parameters).Select(row => ToAlert((IDictionary<string, object?>)row));
    }

    private static IOrderedEnumerable<PetitionAlert> InListOrder(IEnumerable<PetitionAlert> alerts)
    {
        var list = alerts.ToList();
        var rank = SpanishRanks(list.Select(a => a.Dependency));
        return list.OrderBy(a => rank[a.Dependency])
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.Radicado, StringComparer.Ordinal);
    }

    /// <summary>
    /// Each distinct name's place in Spanish order, shared by names the culture holds equal: ordering by it is
    /// ordering by the names, with culture comparisons among a few dozen names instead of among every pair of
    /// hundreds of thousands of rows (they took most of a full list's time).
    /// </summary>
    private static Dictionary<string, int> SpanishRanks(IEnumerable<string> names)
    {
        var ordered = names.Distinct(StringComparer.Ordinal).Order(SpanishOrder).ToList();
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
            ranks[ordered[i]] = i > 0 && SpanishOrder.Compare(ordered[i - 1], ordered[i]) == 0 ? ranks[ordered[i - 1]] : i;
        return ranks;
    }

    private static string Keys(IEnumerable<long> keys) => string.Join(", ", keys.Select(k => k.ToString(CultureInfo.InvariantCulture)));

    private static long Number(object? cell) => Convert.ToInt64(cell, CultureInfo.InvariantCulture);

    private static PetitionAlert ToAlert(IDictionary<string, object?> row) => new(
        (string)row["entity"]!,
        (string)row["dependency"]!,
        (string)row["radicado"]!,
        (string)row["type_name"]!,
        DateOf(row["filed_on"]),
        DateOf(row["due_on"]),
        Convert.ToInt32(row["business_days_left"], CultureInfo.InvariantCulture));

    private static DateOnly DateOf(object? cell) => cell switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidOperationException($"Se esperaba una fecha y llegó «{cell}»."),
    };

    /// <summary>One dependency's counts and its keys in the warehouse (one per entity that has it).</summary>
    private sealed record DependencyAlerts(DependencyAlertCount Count, IReadOnlyList<long> Ids);

    /// <summary>petition_alerts.sql for a request (dates checked, filters looked up) with its parameters.</summary>
    private sealed record Candidates(string Sql, DynamicParameters Parameters)
    {
        /// <summary>Null when the cut-off is outside dim_date: then nothing is due within the window.</summary>
        public static Candidates? Of(DbConnection connection, MeasurementRequest request)
        {
            var sql = MeasureQuery.PetitionsFiltered(connection, Script, request);
            var windowEnd = AlertWindow.End(request.CutOff, request.AlertDays);
            if (windowEnd is null)
                return null;
            return new Candidates(sql, new DynamicParameters(new
            {
                from = request.Period.From, to = request.Period.To, cut_off = request.CutOff,
                first_day = DateDimension.First, window_end = windowEnd.Value,
            }));
        }
    }
}
