using Dapper;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// What the warehouse holds, summed up in numbers that change whenever its data does: the loads begun and finished
/// (a load commits its data with its <c>etl_run</c> row's end, so the finished count grows with every one, whichever
/// finishes first; a failed one counts too, for the data-quality page lists it), the newest petition key and the
/// number of dependencies (rows added without a load: the tests' fixtures, a manual import). Cheap on both engines:
/// a small table, a primary key's maximum, a dimension.
/// </summary>
public readonly record struct DataVersion(long Runs, long FinishedRuns, long LastPetition, long Dependencies)
{
    /// <summary>Every number only grows as data arrives: a version that is nowhere ahead of another and differs from it came first.</summary>
    public bool IsOlderThan(DataVersion other) =>
        this != other && Runs <= other.Runs && FinishedRuns <= other.FinishedRuns && LastPetition <= other.LastPetition && Dependencies <= other.Dependencies;

    public static DataVersion Read(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingle<DataVersion>("""
            SELECT
                CAST((SELECT count(*) FROM etl_run) AS BIGINT) AS Runs,
                CAST((SELECT count(finished_at) FROM etl_run) AS BIGINT) AS FinishedRuns,
                CAST(COALESCE((SELECT max(petition_id) FROM fct_petition), 0) AS BIGINT) AS LastPetition,
                CAST((SELECT count(*) FROM dim_dependency) AS BIGINT) AS Dependencies
            """);
    }
}
