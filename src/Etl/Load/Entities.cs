using System.Data.Common;
using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Load;

/// <summary>The entity a profile loads for, found or created in <c>dim_entity</c> by its folded name.</summary>
internal static class Entities
{
    public static int Ensure(Warehouse warehouse, DbConnection connection, DbTransaction transaction, string name)
    {
        var key = TextKey.Fold(name);
        var existing = connection.QuerySingleOrDefault<int?>(
            warehouse.Sql("SELECT entity_id FROM dim_entity WHERE name_key = @key"), new { key }, transaction);
        if (existing is { } id)
            return id;
        return connection.QuerySingle<int>(
            warehouse.Sql("INSERT INTO dim_entity (name, name_key) VALUES (@name, @key) RETURNING entity_id"),
            new { name = name.Trim(), key }, transaction);
    }
}
