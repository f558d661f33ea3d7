using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>Peticiones: one dependency's petitions and their trends (arrives with the indicator engine); dependency detail, so the access rule applies.</summary>
public sealed class PeticionesModel : DashboardPageModel
{
    public IActionResult OnGet() => ApplyFilters() ?? Page();
}
