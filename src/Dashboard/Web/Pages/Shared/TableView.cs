using IndicadoresServicio.Dashboard.Web.Tables;

namespace IndicadoresServicio.Dashboard.Web.Pages.Shared;

/// <summary>A <see cref="ReportTable"/> on a page, with the link its downloads hang from (null: not downloadable here).</summary>
public sealed record TableView(ReportTable Table, Func<string, string>? DownloadUrl, string Empty = "No hay datos para estos filtros.")
{
    /// <summary>Columns whose every value is a number are right-aligned, header included.</summary>
    public bool IsNumeric(int column) =>
        Table.Rows.Any(r => r[column] is not null) && Table.Rows.All(r => r[column] is null || CellText.IsNumber(r[column]));
}
