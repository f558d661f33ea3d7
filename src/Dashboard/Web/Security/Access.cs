using IndicadoresServicio.Dashboard.Accounts;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// Who may see what. The Comité, the mayor's office and the administrator see every dependency; a secretaría sees
/// the detail of its own dependency only (other dependencies appear to it only aggregated, in the comparison).
/// </summary>
public static class Access
{
    /// <summary>
    /// May <paramref name="user"/> see the detail of <paramref name="dependency"/>? Null means "every dependency
    /// together", which only the roles that see everything may. Names compare folded (accents, case, spaces).
    /// </summary>
    public static bool CanSeeDependency(DashboardUser user, string? dependency) => user.Role switch
    {
        Roles.Committee or Roles.MayorsOffice or Roles.Admin => true,
        Roles.Secretariat => dependency is not null && user.Dependency is not null && TextKey.Fold(dependency) == TextKey.Fold(user.Dependency),
        _ => false,
    };

    /// <summary>
    /// The dependency a detail page shows when the filter names none: a secretaría lands on its own, the others on all.
    /// </summary>
    public static string? DefaultDependency(DashboardUser user) => user.Role == Roles.Secretariat ? user.Dependency : null;

    public static bool CanAdminister(DashboardUser user) => user.Role == Roles.Admin;
}
