using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// Who may see what. The Comité, the mayor's office and the administrator see every dependency; a secretaría sees
/// the detail of its own dependency only (other dependencies appear to it only aggregated, in the comparison).
/// Across entities: an account scoped to an entity sees that entity's data only (<see cref="EntityScopeOf"/>).
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

    /// <summary>
    /// The entity <paramref name="user"/> is confined to among the <paramref name="loaded"/> ones. An account with an
    /// entity sees that one only; a secretaría without one (created while the warehouse held a single entity, or none)
    /// sees the only entity loaded, and nothing once there are several, since its dependency's name is ambiguous then.
    /// </summary>
    public static EntityGrant EntityScopeOf(DashboardUser user, IReadOnlyList<string> loaded)
    {
        if (user.Entity is { } entity)
        {
            var name = loaded.FirstOrDefault(e => TextKey.Fold(e) == TextKey.Fold(entity)) ?? entity;
            return new EntityGrant(false, new EntityScope(name, loaded.Any(e => TextKey.Fold(e) != TextKey.Fold(entity))));
        }
        if (user.Role != Roles.Secretariat)
            return EntityGrant.Everything;
        return loaded.Count switch
        {
            0 => EntityGrant.Everything,
            1 => new EntityGrant(false, new EntityScope(loaded[0], false)),
            _ => EntityGrant.Nothing,
        };
    }

    /// <summary>
    /// The entity a report is about: the user's own when it is confined to one (refused when <paramref name="asked"/>
    /// names another), else the one the filter names, else none (every entity).
    /// </summary>
    public static EntityGrant EntityOfReport(DashboardUser user, IReadOnlyList<string> loaded, string? asked)
    {
        var grant = EntityScopeOf(user, loaded);
        if (grant.Refused || asked is null)
            return grant;
        if (grant.Scope is { } scope)
            return scope.Allows(asked) ? grant : EntityGrant.Nothing;
        return loaded.FirstOrDefault(e => TextKey.Fold(e) == TextKey.Fold(asked)) is { } name
            ? new EntityGrant(false, new EntityScope(name, loaded.Count > 1))
            : grant;
    }

    public static bool CanAdminister(DashboardUser user) => user.Role == Roles.Admin;
}
