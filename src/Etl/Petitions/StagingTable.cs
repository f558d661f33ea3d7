using System.Data.Common;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// On PostgreSQL a load stages into a temporary table of its own that shadows <c>stg_petition</c> on its
/// connection (pg_temp is searched first, so the merge scripts read it unchanged): temporary rows skip the WAL,
/// vanish at commit instead of being deleted one by one, and leave no dead tuples behind in the shared table.
/// DuckDB keeps the shared table: its temporary tables hold rows uncompressed in memory, which costs more
/// under the warehouse's memory cap than the appender's compressed row groups do.
/// </summary>
internal static class StagingTable
{
    public static void Create(Warehouse warehouse, DbConnection connection, DbTransaction transaction)
    {
        if (warehouse.Engine == WarehouseEngine.Postgres)
            connection.Execute("CREATE TEMP TABLE stg_petition (LIKE stg_petition) ON COMMIT DROP", transaction: transaction);
    }

    public static void Clear(Warehouse warehouse, DbConnection connection, DbTransaction transaction, object parameters)
    {
        if (warehouse.Engine == WarehouseEngine.DuckDb)
            foreach (var statement in SqlScripts.Statements("etl/clear_staging.sql"))
                connection.Execute(warehouse.Sql(statement), parameters, transaction, commandTimeout: 0);
    }
}
