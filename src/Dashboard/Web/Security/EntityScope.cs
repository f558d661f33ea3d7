using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// The one entity a signed-in user's figures are confined to. <see cref="Shared"/>: the warehouse holds other
/// entities too (a gobernación's), so every query must name this one; otherwise it is all there is and naming it
/// changes nothing.
/// </summary>
public sealed record EntityScope(string Name, bool Shared)
{
    /// <summary>Does <paramref name="entity"/> (a filter's value; null for "every entity") stay inside this scope?</summary>
    public bool Allows(string? entity) => entity is null ? !Shared : TextKey.Fold(entity) == TextKey.Fold(Name);
}

/// <summary>What <see cref="Access.EntityScopeOf"/> decided: no scope (sees every entity), one entity, or nothing.</summary>
public sealed record EntityGrant(bool Refused, EntityScope? Scope)
{
    public static EntityGrant Everything { get; } = new(false, null);

    public static EntityGrant Nothing { get; } = new(true, null);
}
