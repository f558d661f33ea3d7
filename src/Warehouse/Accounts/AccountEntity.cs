using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Warehousing.Accounts;

/// <summary>
/// The entity an account is scoped to, decided when it is created or changed. A gobernación's warehouse holds several
/// municipalities, and two of them may each have a "Secretaría de Hacienda": a secretaría belongs to one entity, named
/// or, while the warehouse holds a single entity, that one. The Comité and the despacho may be scoped to an entity (a
/// municipality's users) or not (the gobernación's). The administrator manages every account, so it is never scoped.
/// </summary>
public static class AccountEntity
{
    /// <param name="loaded">The entities the warehouse holds (dim_entity's names).</param>
    /// <param name="asked">The entity typed (--entidad, the administration form); null or blank for none.</param>
    public static string? Resolve(IReadOnlyList<string> loaded, string role, string? asked)
    {
        asked = string.IsNullOrWhiteSpace(asked) ? null : asked.Trim();
        if (asked is null)
        {
            if (role != Roles.Secretariat || loaded.Count <= 1)
                return role == Roles.Secretariat ? loaded.SingleOrDefault() : null;
            throw new AccountException(
                $"La bodega tiene {loaded.Count} entidades ({string.Join(", ", loaded)}): indique la entidad de la secretaría con --entidad \"...\".");
        }
        if (role == Roles.Admin)
            throw new AccountException("El rol «admin» administra todas las entidades: no lleva --entidad. Para un municipio use comite, despacho o secretaria con --entidad.");
        if (asked.Length > 200 || asked.Any(char.IsControl))
            throw new AccountException("La entidad es demasiado larga o tiene caracteres no válidos.");
        // The warehouse's spelling, so that the account and the filters name it alike.
        return loaded.FirstOrDefault(e => TextKey.Fold(e) == TextKey.Fold(asked)) ?? asked;
    }

    /// <summary>True when <paramref name="entity"/> is one of <paramref name="loaded"/> (names compare folded).</summary>
    public static bool IsLoaded(IReadOnlyList<string> loaded, string entity) => loaded.Any(e => TextKey.Fold(e) == TextKey.Fold(entity));
}
