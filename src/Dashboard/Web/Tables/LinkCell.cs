namespace IndicadoresServicio.Dashboard.Web.Tables;

/// <summary>
/// A cell that leads to the detail behind it (a dependency's petitions). On screen a link; in a download only
/// its text, since a path of this server means nothing inside a spreadsheet.
/// </summary>
public sealed record LinkCell(string Text, string Href)
{
    public override string ToString() => Text;
}
