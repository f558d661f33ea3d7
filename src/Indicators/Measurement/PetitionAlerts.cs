using System.Globalization;
using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// The alert list behind PQ-PEND: open petitions of the request's period, due within
/// <see cref="MeasurementRequest.AlertDays"/> business days of the cut-off or already overdue, grouped by
/// dependency (alphabetically) and, within one, oldest due date first.
/// </summary>
public static class PetitionAlerts
{
    public const string Script = "indicators/petition_alerts.sql";

    private static readonly StringComparer SpanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), ignoreCase: false);

    public static IReadOnlyList<PetitionAlert> List(Warehouse.Warehouse warehouse, MeasurementRequest request)
    {
        using var connection = warehouse.OpenConnection();
        var sql = MeasureQuery.PetitionsFiltered(connection, Script, request);
        var parameters = new { from = request.Period.From, to = request.Period.To, cut_off = request.CutOff, alert_days = request.AlertDays };
        return InListOrder(connection.Query(warehouse.Sql(sql), parameters).Select(row => ToAlert((IDictionary<string, object?>)row)))
            .ToList();
    }

    /// <summary>
    /// The same list, summarised: per-dependency counts and the first <paramref name="take"/> alerts in the order of
    /// <see cref="List"/>. The database counts and picks the first rows by dependency rank and due date; the rows
    /// sharing the last due date picked are all fetched and ordered here, so the cut is exact on either engine
    /// (their text collations differ, ours is ordinal).
    /// </summary>
    public static AlertSummary Summarize(Warehouse.Warehouse warehouse, MeasurementRequest request, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var connection = warehouse.OpenConnection();
        var alerts = MeasureQuery.PetitionsFiltered(connection, Script, request);
        var parameters = new DynamicParameters(new { from = request.Period.From, to = request.Period.To, cut_off = request.CutOff, alert_days = request.AlertDays });

        var counts = connection.Query(warehouse.Sql($"""
            SELECT a.dependency,
                CAST(sum(CASE WHEN a.business_days_left < 0 THEN 1 ELSE 0 END) AS BIGINT) AS overdue,
                CAST(sum(CASE WHEN a.business_days_left >= 0 THEN 1 ELSE 0 END) AS BIGINT) AS due_soon
            FROM ({alerts}) a GROUP BY a.dependency
            """), parameters)
            .Select(row => (IDictionary<string, object?>)row)
            .Select(row => new DependencyAlertCount((string)row["dependency"]!, Convert.ToInt64(row["overdue"], CultureInfo.InvariantCulture),
                Convert.ToInt64(row["due_soon"], CultureInfo.InvariantCulture)))
            .OrderBy(c => c.Dependency, SpanishOrder)
            .ToList();
        if (take == 0 || counts.Count == 0)
            return new AlertSummary(counts, []);

        // Rank parameters carry the dependency names (never SQL text): their Spanish order as a number.
        var rank = new System.Text.StringBuilder("CASE a.dependency");
        for (var i = 0; i < counts.Count; i++)
        {
            rank.Append(" WHEN @rank_").Append(i).Append(" THEN ").Append(i);
            parameters.Add($"rank_{i}", counts[i].Dependency);
        }
        rank.Append(" END");
        parameters.Add("take", take);
        var first = connection.Query(warehouse.Sql($"SELECT a.* FROM ({alerts}) a ORDER BY {rank}, a.due_on LIMIT @take"), parameters)
            .Select(row => ToAlert((IDictionary<string, object?>)row)).ToList();
        if (first.Count == 0)
            return new AlertSummary(counts, []);
        var last = first[^1];
        parameters.Add("last_dependency", last.Dependency);
        parameters.Add("last_due", last.DueOn);
        var ties = connection.Query(warehouse.Sql($"SELECT a.* FROM ({alerts}) a WHERE a.dependency = @last_dependency AND a.due_on = @last_due"), parameters)
            .Select(row => ToAlert((IDictionary<string, object?>)row));
        var shown = first.Where(a => !(a.Dependency == last.Dependency && a.DueOn == last.DueOn)).Concat(ties);
        return new AlertSummary(counts, InListOrder(shown).Take(take).ToList());
    }

    private static IOrderedEnumerable<PetitionAlert> InListOrder(IEnumerable<PetitionAlert> alerts) =>
        alerts.OrderBy(a => a.Dependency, SpanishOrder)
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.Radicado, StringComparer.Ordinal);

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
}
