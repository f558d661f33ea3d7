using System.Data.Common;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>Runs a composed measure script and reads its few rows (one per period and slice member).</summary>
internal static class MeasureRows
{
    // Joins the key texts of a row; cannot occur in a key (they are integers or dates as text).
    private const char KeySeparator = '\u001f';

    // DuckDB counts in an array indexed by the grouping keys (a perfect hash, several times cheaper per row than
    // a hash table) only while the keys' ranges fit in 2^perfect_ht_threshold slots, 2^12 by default. The measure
    // scripts group by period, status code (response days included) and slice: 2^16 slots (≈ 1 MB per thread) for
    // one slice over 24 dependencies and response times up to ~120 business days. The array is sized by the keys'
    // actual ranges (the smaller, the more of it stays in cache); at the 2^20 cap it would take ~18 MB per thread,
    // and wider keys fall back to the hash table.
    private const string DuckDbPerfectHashBits = "SET perfect_ht_threshold = 20";

    public static IReadOnlyList<MeasureRow> Read(DbConnection connection, Warehouse warehouse, string sql,
        IReadOnlyList<SliceDefinition> slices, MeasurementRequest request)
    {
        var (currentAlertEnd, previousAlertEnd) = AlertWindow.Ends(request);
        // Without a comparison (a month's members never recur, or the caller asked for none) the previous period is
        // not read at all: an empty range, which the scan skips. Half the work of such a panel.
        var comparable = request.Compares(slices);
        var parameters = new
        {
            from = request.Period.From,
            to = request.Period.To,
            cut_off = request.CutOff,
            current_from = request.Period.From,
            current_to = request.Period.To,
            current_cut_off = request.CutOff,
            previous_from = comparable ? request.PreviousPeriod.From : request.Period.From,
            previous_to = request.Period.From.AddDays(-1),
            previous_cut_off = request.PreviousCutOff,
            current_alert_end = currentAlertEnd,
            previous_alert_end = previousAlertEnd,
        };
        if (warehouse.Engine == WarehouseEngine.DuckDb)
            connection.Execute(DuckDbPerfectHashBits);    // this connection only: IndicatorPanel opens its own
        return connection.Query(warehouse.Sql(sql), parameters)
            .Select(row => ToRow((IDictionary<string, object?>)row, slices))
            .ToList();
    }

    private static MeasureRow ToRow(IDictionary<string, object?> cells, IReadOnlyList<SliceDefinition> slices)
    {
        var keys = new string[slices.Count];
        var values = new SliceValue[slices.Count];
        for (var i = 0; i < slices.Count; i++)
        {
            keys[i] = cells[MeasureQuery.TextColumn(i)] as string ?? "";
            values[i] = new SliceValue(slices[i].Name, cells[MeasureQuery.LabelColumn(i)] as string ?? "",
                slices[i].Detail is null ? null : cells[MeasureQuery.DetailColumn(i)] as string);
        }
        var measures = cells
            .Where(c => c.Key != "is_current" && !c.Key.StartsWith("slice_", StringComparison.Ordinal))
            .ToDictionary(c => c.Key, c => c.Value is null or DBNull ? (double?)null : Convert.ToDouble(c.Value, CultureInfo.InvariantCulture));
        return new MeasureRow(
            Convert.ToInt32(cells["is_current"], CultureInfo.InvariantCulture) == 1,
            string.Join(KeySeparator, keys),
            values,
            measures);
    }
}
