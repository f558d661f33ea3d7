using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>Por vencer y vencidas: the alert list of open petitions near or past their due date (arrives with the indicator engine); dependency detail.</summary>
public sealed class PorVencerModel : DashboardPageModel
{
    public IActionResult OnGet() => ApplyFilters() ?? Page();
}
