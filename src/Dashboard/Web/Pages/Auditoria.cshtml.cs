using System.Globalization;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Auditoría (role admin only): the audit trail, newest first, filtered by user, action and Colombian dates, a page
/// of <see cref="PageSize"/> at a time. How long entries are kept is Indicadores:Auditoria:RetencionDias.
/// </summary>
[Authorize(Policy = DashboardWeb.AdminPolicy)]
public sealed class AuditoriaModel(Warehouse warehouse, Settings.IndicadoresSettings settings) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "usuario")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "accion")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "desde")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "hasta")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public AuditTrail.Page Entries { get; private set; } = new([], 0);

    public List<string> Errors { get; } = [];

    public int Pages => Math.Max(1, (Entries.Total + PageSize - 1) / PageSize);

    public int RetentionDays => settings.Auditoria.RetencionDias;

    public void OnGet()
    {
        var action = AuditTrail.Actions.All.Any(a => a.Code == Action) ? Action : null;
        if (!string.IsNullOrEmpty(Action) && action is null)
            Errors.Add($"La acción «{Action}» no existe; se muestran todas.");
        var filter = new AuditTrail.Filter(UserName, action, Day(From, "desde"), Day(To, "hasta"));
        PageNumber = Math.Max(1, PageNumber);
        Entries = AuditTrail.Read(warehouse, filter, PageNumber, PageSize);
    }

    /// <summary>This page's address with the same filters and another page number.</summary>
    public string Link(int page) => "/auditoria" + QueryString.Create(new Dictionary<string, string?>
    {
        ["usuario"] = UserName, ["accion"] = Action, ["desde"] = From, ["hasta"] = To, ["pagina"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private DateOnly? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        Errors.Add($"La fecha «{text}» de «{field}» no se entiende; escríbala como AAAA-MM-DD.");
        return null;
    }
}
