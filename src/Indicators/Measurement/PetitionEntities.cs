using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>The entities that have petitions in the warehouse (a dimension row alone, left by a survey or a plan, is not one).</summary>
public static class PetitionEntities
{
    /// <summary>Their names, in order.</summary>
    public static IReadOnlyList<string> All(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<string>(
            "SELECT e.name FROM dim_entity e WHERE EXISTS (SELECT 1 FROM fct_petition f WHERE f.entity_id = e.entity_id) ORDER BY e.name").ToList();
    }

    /// <summary>
    /// Those with petitions of a dependency named <paramref name="dependency"/> (compared folded): two municipalities
    /// may each have a «Secretaría de Hacienda».
    /// </summary>
    public static IReadOnlyList<string> WithDependency(Warehouse warehouse, string dependency)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<string>(warehouse.Sql("""
            SELECT e.name FROM dim_dependency d JOIN dim_entity e ON e.entity_id = d.entity_id
            WHERE d.name_key = @key AND EXISTS (SELECT 1 FROM fct_petition f WHERE f.dependency_id = d.dependency_id)
            ORDER BY e.name
            """), new { key = TextKey.Fold(dependency) }).ToList();
    }
}
