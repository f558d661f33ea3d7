using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// The source column a profile names for one canonical field. A table's rows share one header, so the column's
/// position is found once per table rather than by name on every row (a dozen lookups a row, a million rows).
/// Not thread-safe: one per mapping, like the mapping itself.
/// </summary>
internal sealed class SourceColumn(string field, string? header)
{
    private HeaderIndex? _headers;
    private int _position = -1;

    /// <summary>The canonical field ("radicado").</summary>
    public string Field { get; } = field;

    /// <summary>The source header the profile maps to the field, if any.</summary>
    public string? Header { get; } = header;

    /// <summary>What a clerk sees as the column in a quarantine reason: the source header, else the field.</summary>
    public string Name => Header ?? Field;

    /// <summary>The row's text in this column, trimmed; null when the profile does not map it or the cell is blank.</summary>
    public string? Text(RawRow row)
    {
        if (Header is null)
            return null;
        string? value;
        if (row.Cells is RowCells cells)
        {
            if (!ReferenceEquals(cells.Headers, _headers))
            {
                _position = cells.Headers.TryFind(Header, out var position) ? position : -1;
                _headers = cells.Headers;
            }
            value = _position >= 0 ? cells.ValueAt(_position) : null;
        }
        else if (!row.Cells.TryGetValue(Header, out value))
            value = null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
