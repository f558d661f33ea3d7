using Microsoft.AspNetCore.Mvc;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>Comparación de dependencias: every dependency's indicators side by side. Aggregates only, so every role sees every dependency here.</summary>
public sealed class ComparacionModel : DashboardPageModel
{
    /// <summary>Aggregates of every dependency: a secretaría sees the others here, only not their detail.</summary>
    public override bool ShowsDependencyDetail => false;

    public IActionResult OnGet() => ApplyFilters() ?? Page();
}
