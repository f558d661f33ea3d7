using System.Data.Common;
using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The members of one small dimension a load refers to (dependencies, channels, PAAC components, plan groups…), each
/// found by its natural key or created, once per load: a dictionary in front of a SELECT and an INSERT … RETURNING.
/// The petitions' bulk load has its own (<c>DimensionIds</c>): it reserves ids by the block for a million rows.
/// </summary>
internal sealed class Members<TKey>(Warehouse warehouse, DbConnection connection, DbTransaction transaction, string select, string insert)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _ids = new();

    /// <param name="key">The member's natural key within this load (a folded name).</param>
    /// <param name="parameters">The SELECT's parameters and the new member's columns for the INSERT.</param>
    public int Id(TKey key, object parameters)
    {
        if (_ids.TryGetValue(key, out var id))
            return id;
        return _ids[key] = connection.QuerySingleOrDefault<int?>(warehouse.Sql(select), parameters, transaction)
            ?? connection.QuerySingle<int>(warehouse.Sql(insert), parameters, transaction);
    }
}

/// <summary>
/// An entity's dependencies in <c>dim_dependency</c>, by folded name, as the survey, PAAC and plan loads find or create
/// them: one secretaría is one member whatever the dataset that names it.
/// </summary>
internal sealed class Dependencies(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int entity)
{
    private readonly Members<string> _members = new(warehouse, connection, transaction,
        "SELECT dependency_id FROM dim_dependency WHERE entity_id = @entity AND name_key = @key",
        "INSERT INTO dim_dependency (entity_id, name, name_key, is_known) VALUES (@entity, @name, @key, @known) RETURNING dependency_id");

    /// <param name="name">The name as the new member keeps it (after the profile's aliases).</param>
    /// <param name="known">False: no alias recognised it; it is kept and reported.</param>
    public int Id(string name, bool known = true)
    {
        var key = Core.Text.TextKey.Fold(name);
        return _members.Id(key, new { entity, name, key, known });
    }
}
