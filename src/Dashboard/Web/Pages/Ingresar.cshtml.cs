using IndicadoresServicio.Dashboard.Accounts;
using IndicadoresServicio.Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>The sign-in page: the only page an anonymous visitor gets.</summary>
public sealed class IngresarModel(AppUsers users) : PageModel
{
    public const string WrongCredentials = "Usuario o clave incorrectos, o la cuenta está desactivada.";

    [BindProperty(SupportsGet = true)]
    public string? Volver { get; set; }

    [BindProperty]
    public string? Usuario { get; set; }

    [BindProperty]
    public string? Clave { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Destination) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Usuario) || string.IsNullOrEmpty(Clave) ? null : users.SignIn(Usuario, Clave);
        if (user is null)
        {
            Error = WrongCredentials;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            DashboardUser.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Destination);
    }

    /// <summary>Where to go after signing in: the page asked for, only if it is on this server (no open redirect).</summary>
    private string Destination => Volver is { Length: > 0 } v && Url.IsLocalUrl(v) ? v : "/";
}
