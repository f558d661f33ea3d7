using System.Globalization;
using Dapper;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// The petitions behind an indicator's figure: those filed in the request's period that its filters select, with
/// their status at the cut-off. For drill-down from a chart or table; the counts and the first rows come from the
/// database, never the whole fact table.
/// </summary>
public static class PetitionListing
{
    public const string Script = "indicators/petition_list.sql";

    /// <summary>Status codes (<see cref="PetitionStatuses.Code"/>, as the listing's script returns them) and their
    /// wording in a listing.</summary>
    public static IReadOnlyDictionary<string, string> Statuses { get; } =
        Enum.GetValues<PetitionStatus>().ToDictionary(PetitionStatuses.Code, PetitionStatuses.Description, StringComparer.Ordinal);

    /// <summary>How many petitions the request selects and the first <paramref name="take"/> of them, oldest filing first.</summary>
    public static PetitionPage List(Warehouse warehouse, MeasurementRequest request, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var connection = warehouse.OpenConnection();
        var listed = MeasureQuery.PetitionsFiltered(connection, Script, request);
        var parameters = new { from = request.Period.From, to = request.Period.To, cut_off = request.CutOff, take };
        var total = connection.QuerySingle<long>(warehouse.Sql($"SELECT CAST(count(*) AS BIGINT) FROM ({listed}) p"), parameters);
        var first = take == 0 ? [] : connection.Query(warehouse.Sql($"SELECT p.* FROM ({listed}) p ORDER BY p.filed_on, p.petition_id LIMIT @take"), parameters)
            .Select(row => ToPetition((IDictionary<string, object?>)row))
            .ToList();
        return new PetitionPage(total, first);
    }

    private static ListedPetition ToPetition(IDictionary<string, object?> row) => new(
        (string)row["entity"]!,
        (string)row["dependency"]!,
        (string)row["radicado"]!,
        (string)row["type_name"]!,
        (string)row["channel_name"]!,
        row["topic_name"] as string,
        DateOf(row["filed_on"])!.Value,
        DateOf(row["due_on"]),
        DateOf(row["answered_on"]),
        row["business_days_to_answer"] is null ? null : Convert.ToInt32(row["business_days_to_answer"], CultureInfo.InvariantCulture),
        (string)row["status"]!);

    private static DateOnly? DateOf(object? cell) => cell switch
    {
        null => null,
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidOperationException($"Se esperaba una fecha y llegó «{cell}»."),
    };
}
