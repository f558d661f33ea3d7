using System.Security.Claims;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>The sign-in page: the only page an anonymous visitor gets.</summary>
public sealed class IngresarModel(AppUsers users, SignInThrottle throttle, Warehouse warehouse) : PageModel
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
        // Behind the reverse proxy this is the visitor's address (X-Forwarded-For, trusted from loopback only).
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        if (!string.IsNullOrWhiteSpace(Usuario) && throttle.Wait(Usuario, address) is { } wait)
        {
            AuditTrail.Record(warehouse, Audited(Usuario), AuditTrail.Actions.FailedSignIn, "esperando por demasiados intentos fallidos", address);
            Error = TooManyFailures(wait);
            return Page();
        }
        var user = string.IsNullOrWhiteSpace(Usuario) || string.IsNullOrEmpty(Clave)
            ? null
            : await throttle.Verify(() => users.SignIn(Usuario, Clave), HttpContext.RequestAborted);
        if (user is null)
        {
            if (!string.IsNullOrWhiteSpace(Usuario))
                throttle.Failed(Usuario, address);
            AuditTrail.Record(warehouse, Audited(Usuario), AuditTrail.Actions.FailedSignIn, "", address);
            Error = WrongCredentials;
            return Page();
        }
        throttle.Succeeded(Usuario!, address);
        AuditTrail.Record(warehouse, user.UserName, AuditTrail.Actions.SignIn, "", address);
        var principal = DashboardUser.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionGeneration.Claim, SessionGeneration.Current(warehouse, user.UserName)));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Destination);
    }

    /// <summary>
    /// The name a failed attempt is kept under: an account's, or none. People type their password in the wrong box;
    /// what is not an account's name is not kept.
    /// </summary>
    private string Audited(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? UnknownUser : users.Find(typed)?.UserName ?? UnknownUser;

    public const string UnknownUser = "(usuario desconocido)";

    public static string TooManyFailures(SignInThrottle.Lock wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.Left.TotalMinutes));
        var from = wait.FromAddress ? "desde esta dirección" : "con este usuario";
        return $"Demasiados intentos fallidos {from}. Espere {minutes} {(minutes == 1 ? "minuto" : "minutos")} antes de volver a intentarlo.";
    }

    /// <summary>Where to go after signing in: the page asked for, only if it is on this server (no open redirect).</summary>
    private string Destination => Volver is { Length: > 0 } v && Url.IsLocalUrl(v) ? v : "/";
}
