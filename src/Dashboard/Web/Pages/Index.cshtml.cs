using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>Resumen: the indicator panel with its traffic lights (arrives with the indicator engine).</summary>
public sealed class IndexModel : DashboardPageModel
{
    public IActionResult OnGet() => ApplyFilters() ?? Page();
}
