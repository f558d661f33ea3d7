using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>Signing out is a POST (with the anti-forgery token): a link or an image elsewhere cannot end a session.</summary>
public sealed class SalirModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/ingresar");
    }
}
