using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>Signing out is a POST (with the anti-forgery token): a link or an image elsewhere cannot end a session.</summary>
public sealed class SalirModel(Warehouse warehouse) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Server-side too: a copy of the cookie kept elsewhere must not outlive the sign-out.
        if (DashboardUser.From(User) is { } user)
        {
            SessionGeneration.Rotate(warehouse, user.UserName);
            AuditTrail.Record(warehouse, user.UserName, AuditTrail.Actions.SignOut, "", HttpContext.Connection.RemoteIpAddress?.ToString());
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/ingresar");
    }
}
