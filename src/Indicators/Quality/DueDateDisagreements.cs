using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Quality;

/// <summary>
/// The petitions whose source system computed another due date, selected by the same filters as every indicator
/// (<see cref="MeasureSources.Petitions"/>' slices, so a topic or a DANE code narrows them as it narrows a panel).
/// </summary>
public static class DueDateDisagreements
{
    public const string Script = "indicators/petition_due_date_disagreements.sql";

    /// <summary>The orders the list can be sorted by (a page's <c>?orden=</c>), each fixed text over the script's columns; the first is the default.</summary>
    public static IReadOnlyDictionary<string, string> Orders { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["diferencia"] = "abs(p.CalendarDays) DESC, p.Radicado",
        ["radicado"] = "p.Radicado",
        ["radicado_el"] = "p.FiledOn DESC, p.Radicado",
        ["dependencia"] = "p.Dependency, p.Radicado",
    };

    /// <summary>
    /// How many petitions filed in the request's period and selected by its filters disagree, and the first
    /// <paramref name="take"/> of them in <paramref name="order"/> (a key of <see cref="Orders"/>; anything else: the first).
    /// A filter value no dimension has is refused (<see cref="MeasurementException"/>), as the indicators refuse it.
    /// </summary>
    public static DisagreementList List(Warehouse warehouse, MeasurementRequest request, string? order, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var connection = warehouse.OpenConnection();
        var filters = SliceFilters.Clause(connection, MeasureSources.Petitions, request.Filters ?? []);
        var listed = MeasureQuery.ComposeFiltered(SqlScripts.Statements(Script).Single(), filters);
        var orderBy = Orders.GetValueOrDefault(order ?? "") ?? Orders["diferencia"];
        var parameters = new { from = request.Period.From, to = request.Period.To, take };
        var total = connection.QuerySingle<long>(warehouse.Sql($"SELECT CAST(count(*) AS BIGINT) FROM ({listed}) p"), parameters);
        var rows = take == 0 ? [] : connection.Query<DueDateDisagreement>(
            warehouse.Sql($"SELECT p.* FROM ({listed}) p ORDER BY {orderBy} LIMIT @take"), parameters).ToList();
        return new DisagreementList(rows, total);
    }
}
