using System.Data.Common;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// On PostgreSQL a load stages into a temporary table of its own that shadows <c>stg_petition</c> on its
/// connection (pg_temp is searched first, so the merge scripts read it unchanged, and the intermediate view over it too): temporary rows skip the WAL,
/// vanish at commit instead of being deleted one by one, and leave no dead tuples behind in the shared table.
/// DuckDB keeps the shared table: its temporary tables hold rows uncompressed in memory, which costs more
/// under the warehouse's memory cap than the appender's compressed row groups do.
/// </summary>
internal static class StagingTable
{
    public static void Create(Warehouse warehouse, DbConnection connection, DbTransaction transaction)
    {
        if (warehouse.Engine != WarehouseEngine.Postgres)
            return;
        // The intermediate view (migration 0600) is bound to the shared table, not to this one: a TEMP view of the
        // same name, from the shared view's own definition, shadows it as the table is shadowed. The definition is
        // read before the temporary table exists, while "stg_petition" still names the shared one, so PostgreSQL
        // prints it unqualified and the TEMP view binds to the temporary table. Both go at commit (ON COMMIT DROP
        // cascades to the view) or with a rollback.
        var view = connection.ExecuteScalar<string>("SELECT pg_get_viewdef('int_staged_petition'::regclass)", transaction: transaction);
        connection.Execute("CREATE TEMP TABLE stg_petition (LIKE stg_petition) ON COMMIT DROP", transaction: transaction);
        connection.Execute($"CREATE TEMP VIEW int_staged_petition AS {view}", transaction: transaction);
    }

    public static void Clear(Warehouse warehouse, DbConnection connection, DbTransaction transaction, object parameters)
    {
        if (warehouse.Engine == WarehouseEngine.DuckDb)
            foreach (var statement in SqlScripts.Statements("etl/clear_staging.sql"))
                connection.Execute(warehouse.Sql(statement), parameters, transaction, commandTimeout: 0);
    }
}
