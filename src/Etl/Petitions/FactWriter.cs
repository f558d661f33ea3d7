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
/// A batch is first encoded into the engine's form with its dimension references (<see cref="DimensionKeys"/>), which
/// needs no connection, then written once every reference has an id.
/// </summary>
internal abstract class FactWriter : IDisposable
{
    /// <summary>fct_petition's columns after petition_id, in table order (DuckDB's appender writes by position).</summary>
    protected static readonly string[] Columns =
    [
        "entity_id", "radicado", "source", "type_id", "channel_id", "dependency_id", "topic_id", "filed_on",
        "filed_date_key", "term_days", "due_on", "extension_due_on", "extension_valid", "effective_due_on", "answered_on",
        "business_days_to_answer", "source_due_on", "transferred", "petitioner_type", "petitioner_hash", "row_hash",
        "first_run_id", "last_run_id", "loaded_at", "updated_at", "outcome_code",
    ];

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
            """, transaction: transaction).SequenceEqual(["petition_id", .. Columns]);

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
        using (var batch = Encode(rows))
        {
            while (!_dimensions.TryResolve(batch.Refs, batch.Count) || !HasPetitionIds(batch.Count))
            {
                // An id is needed and none is left: the bulk write holds the connection, so pause it to reserve more.
                End();
                _dimensions.Reserve();
                ReservePetitionIds(batch.Count);
                Begin();
            }
            WriteBatch(batch);
        }
    }

    /// <summary>Flushes the rows, then inserts the dimension members this load created.</summary>
    public void Complete()
    {
        End();
        _dimensions.InsertNewMembers();
    }

    public abstract void Dispose();

    /// <summary>The engine's form of a batch, with its rows' dimension references; uses no connection.</summary>
    protected abstract FactBatch Encode(List<StagedRow> rows);

    protected abstract void Begin();

    protected virtual bool HasPetitionIds(int count) => true;

    protected virtual void ReservePetitionIds(int count)
    {
    }

    /// <summary>Writes a batch whose references are all ids by now.</summary>
    protected abstract void WriteBatch(FactBatch batch);

    protected abstract void End();

    protected static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;
}

/// <summary>A batch of fact rows in an engine's form, and each row's dimension references (ids once written).</summary>
internal abstract class FactBatch(int count) : IDisposable
{
    public int Count { get; } = count;

    public FactRefs[] Refs { get; } = new FactRefs[count];

    public virtual void Dispose()
    {
    }
}

/// <summary>What every fact row of one load shares.</summary>
internal sealed record FactContext(int Entity, string Source, long Run, DateTime Now);
