using System.Security.Claims;
using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>The signed-in person as the pages see them, read from the sign-in cookie's claims.</summary>
public sealed record DashboardUser(string UserName, string DisplayName, string Role, string? Dependency, string? Entity = null)
{
    public const string DependencyClaim = "indicadores:dependencia";
    public const string EntityClaim = "indicadores:entidad";
    public const string StampClaim = "indicadores:sello";

    public static DashboardUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } || principal.FindFirstValue(ClaimTypes.Name) is not { } userName)
            return null;
        return new DashboardUser(userName, principal.FindFirstValue(ClaimTypes.GivenName) ?? userName,
            principal.FindFirstValue(ClaimTypes.Role) ?? "", principal.FindFirstValue(DependencyClaim), principal.FindFirstValue(EntityClaim));
    }

    public static ClaimsPrincipal Principal(AppUser user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(ClaimTypes.Role, user.Role),
            new(StampClaim, SessionStamp.Of(user)),
        };
        if (user.DependencyName is not null)
            claims.Add(new Claim(DependencyClaim, user.DependencyName));
        if (user.EntityName is not null)
            claims.Add(new Claim(EntityClaim, user.EntityName));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public string RoleName => Roles.SpanishName(Role);
}
