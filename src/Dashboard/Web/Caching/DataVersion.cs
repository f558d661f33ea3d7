using Dapper;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// What the warehouse holds, summed up in three numbers that change whenever its data does: the successful loads
/// (each commits its <c>etl_run</c> row with its data, so a count grows with every one, whichever finishes first),
/// the newest petition key and the number of dependencies (rows added without a load: the tests' fixtures, a
/// manual import). Cheap on both engines: a small table, a primary key's maximum, a dimension.
/// </summary>
public readonly record struct DataVersion(long SuccessfulRuns, long LastPetition, long Dependencies)
{
    public static DataVersion Read(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingle<DataVersion>("""
            SELECT
                CAST((SELECT count(*) FROM etl_run WHERE status = 'exitosa') AS BIGINT) AS SuccessfulRuns,
                CAST(COALESCE((SELECT max(petition_id) FROM fct_petition), 0) AS BIGINT) AS LastPetition,
                CAST((SELECT count(*) FROM dim_dependency) AS BIGINT) AS Dependencies
            """);
    }
}
