namespace IndicadoresServicio.Warehousing;

/// <summary>The two engines the warehouse runs on. Everything above the seam is the same Dapper code.</summary>
public enum WarehouseEngine
{
    /// <summary>The embedded default: one DuckDB file, no server to install.</summary>
    DuckDb,

    /// <summary>A PostgreSQL server, for entities that already run one or share it between municipalities.</summary>
    Postgres,
}
