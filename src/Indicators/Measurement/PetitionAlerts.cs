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
        RequestChecks.Dates(request.Period, request.CutOff, request.PreviousPeriod, request.AlertDays);
        using var connection = warehouse.OpenConnection();
        var filters = SliceFilters.Clause(connection, MeasureSources.Petitions, request.Filters ?? []);
        var sql = MeasureQuery.ComposeFiltered(SqlScripts.Statements(Script).Single(), filters);
        var parameters = new { from = request.Period.From, to = request.Period.To, cut_off = request.CutOff, alert_days = request.AlertDays };
        return connection.Query(warehouse.Sql(sql), parameters)
            .Select(row => ToAlert((IDictionary<string, object?>)row))
            .OrderBy(a => a.Dependency, SpanishOrder)
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.Radicado, StringComparer.Ordinal)
            .ToList();
    }

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
