using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;
using Npgsql;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// Streams petitions straight into <c>fct_petition</c> with the engine's bulk path, for a load whose every row
/// is new (see <see cref="PetitionLoad"/>): the same row the merge's INSERT would write, without staging it first.
/// A batch's dimension references are looked up first (<see cref="DimensionKeys"/>), which needs no connection, and
/// the rows written in the engine's form once every reference has an id.
/// </summary>
internal abstract class FactWriter : IDisposable
{
    private readonly DimensionIds _dimensions;

    protected FactWriter(DimensionIds dimensions, FactContext context)
    {
        _dimensions = dimensions;
        Context = context;
    }

    protected FactContext Context { get; }

    protected DimensionKeys Keys => _dimensions.Keys;

    /// <summary>
    /// Whether the fact table still has exactly the columns this writer fills; a later migration that changes
    /// it sends loads back through staging, which names its columns, instead of appending into the wrong ones.
    /// </summary>
    public static bool Fits(DbConnection connection, DbTransaction transaction) =>
        connection.Query<string>("""
            SELECT column_name FROM information_schema.columns
            WHERE table_name = 'fct_petition' AND table_schema = current_schema() ORDER BY ordinal_position
            """, transaction: transaction).SequenceEqual(PetitionTables.Fact.Names);

    public static FactWriter Open(DbConnection connection, WarehouseEngine engine, DimensionIds dimensions, FactContext context)
    {
        FactWriter writer = engine switch
        {
            WarehouseEngine.DuckDb => new DuckDbFactWriter((DuckDBConnection)connection, dimensions, context),
            _ => new PostgresFactWriter((NpgsqlConnection)connection, dimensions, context),
        };
        writer.Begin();
        return writer;
    }

    /// <summary>Writes a batch of rows (at most <see cref="StagingPass.BatchSize"/>), on the connection's thread.</summary>
    public void Write(List<StagedRow> rows)
    {
        var refs = new FactRefs[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            refs[i] = Keys.Resolve(rows[i].Petition);
        while (!_dimensions.TryResolve(refs, rows.Count) || !HasPetitionIds(rows.Count))
        {
            // An id is needed and none is left: the bulk write holds the connection, so pause it to reserve more.
            End();
            _dimensions.Reserve();
            ReservePetitionIds(rows.Count);
            Begin();
        }
        WriteBatch(rows, refs);
    }

    /// <summary>Flushes the rows, then inserts the dimension members this load created.</summary>
    public void Complete()
    {
        End();
        _dimensions.InsertNewMembers();
    }

    public abstract void Dispose();

    protected abstract void Begin();

    protected virtual bool HasPetitionIds(int count) => true;

    protected virtual void ReservePetitionIds(int count)
    {
    }

    /// <summary>Writes a batch whose references are all ids by now, each row as <see cref="PetitionTables.Fact"/> describes it.</summary>
    protected abstract void WriteBatch(List<StagedRow> rows, FactRefs[] refs);

    protected abstract void End();
}

/// <summary>What every fact row of one load shares.</summary>
internal sealed record FactContext(int Entity, string Source, long Run, DateTime Now);
