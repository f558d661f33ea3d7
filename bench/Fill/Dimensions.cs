using System.Data.Common;
using Dapper;

namespace IndicadoresServicio.Bench.Fill;

/// <summary>The one entity, its dependencies and topics the generated petitions point to (ids 1..n).</summary>
public static class Dimensions
{
    public static void Insert(DbConnection connection)
    {
        connection.Execute("INSERT INTO dim_entity (entity_id, name, name_key, dane_code) VALUES (1, 'Alcaldía de Banco', 'alcaldia de banco', '99999')");
        for (var i = 1; i <= PetitionGenerator.Dependencies; i++)
            connection.Execute($"INSERT INTO dim_dependency (dependency_id, entity_id, name, name_key) VALUES ({i}, 1, 'Dependencia {i:D2}', 'dependencia {i:D2}')");
        for (var i = 1; i <= PetitionGenerator.Topics; i++)
            connection.Execute($"INSERT INTO dim_topic (topic_id, entity_id, name, name_key) VALUES ({i}, 1, 'Tema {i:D2}', 'tema {i:D2}')");
    }
}
