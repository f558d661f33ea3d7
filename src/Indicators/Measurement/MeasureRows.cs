using System.Data.Common;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>Runs a composed measure script and reads its few rows (one per period and slice member).</summary>
internal static class MeasureRows
{
    // Joins the key texts of a row; cannot occur in a key (they are integers or dates as text).
    private const char KeySeparator = '\u001f';

    public static IReadOnlyList<MeasureRow> Read(DbConnection connection, Warehouse.Warehouse warehouse, string sql,
        IReadOnlyList<SliceDefinition> slices, MeasurementRequest request)
    {
        var parameters = new
        {
            from = request.Period.From,
            to = request.Period.To,
            cut_off = request.CutOff,
            previous_from = request.PreviousPeriod.From,
            previous_cut_off = request.PreviousCutOff,
            alert_days = request.AlertDays,
        };
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
            values[i] = new SliceValue(slices[i].Name, cells[MeasureQuery.LabelColumn(i)] as string ?? "");
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
