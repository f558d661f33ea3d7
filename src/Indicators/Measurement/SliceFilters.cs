using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// Turns filters typed by people into a clause over the fact row: each value is looked up in its dimension
/// (by name or code, however accented or capitalised: <see cref="SliceMember.Answers"/>) and only the integer keys found go into the SQL.
/// A value that matches nothing is an error rather than an empty panel, because it is almost always a typo.
/// </summary>
internal static class SliceFilters
{
    public static string Clause(DbConnection connection, MeasureSource source, IReadOnlyList<SliceFilter> filters)
    {
        var clause = new StringBuilder();
        foreach (var filter in filters)
        {
            var slice = source.FindSlice(filter.Slice)
                ?? throw new MeasurementException($"No se puede filtrar por «{filter.Slice.Code}». Filtros: {Filterable(source)}.");
            if (slice.Lookup is null)
                throw new MeasurementException($"No se puede filtrar por {slice.Name.Code}. Filtros: {Filterable(source)}.");
            var keys = SliceMembers.Read(connection, slice.Lookup, "slice_key")
                .Where(m => m.Answers(filter.Value))
                .Select(m => m.Key)
                .Distinct()
                .ToList();
            if (keys.Count == 0)
                throw new MeasurementException($"No hay ningún valor de {slice.Name.Code} llamado «{filter.Value.Trim()}» en la bodega.");
            clause.Append("AND ").Append(slice.Key).Append(" IN (")
                .Append(string.Join(", ", keys.Select(k => k.ToString(CultureInfo.InvariantCulture)))).Append(")\n");
        }
        return clause.ToString();
    }

    private static string Filterable(MeasureSource source) =>
        string.Join(", ", source.Slices.Where(s => s.Lookup is not null).Select(s => s.Name.Code));
}
