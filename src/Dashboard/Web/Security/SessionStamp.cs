using System.Security.Cryptography;
using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// A fingerprint of what a sign-in was granted on (password, role, entity, dependency, enabled). Every request compares it
/// with the account as it is now, so disabling a user, changing their password, their role or their entity ends their open
/// sessions at once instead of when the cookie expires.
/// </summary>
public static class SessionStamp
{
    public static string Of(AppUser user) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', user.PasswordHash, user.Role, user.DependencyName ?? "", user.Disabled ? "1" : "0", user.EntityName ?? ""))))[..24];

    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<AppUsers>();
        var signedIn = DashboardUser.From(context.Principal!);
        var current = signedIn is null ? null : users.Find(signedIn.UserName);
        var stamp = context.Principal!.FindFirst(DashboardUser.StampClaim)?.Value;
        var generation = context.Principal!.FindFirst(SessionGeneration.Claim)?.Value;
        if (current is null || current.Disabled || stamp != Of(current)
            || generation != SessionGeneration.Current(context.HttpContext.RequestServices.GetRequiredService<Warehouse>(), current.UserName))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }
}
