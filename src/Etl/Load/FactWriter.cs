using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Indicators.Warehouse;
using Npgsql;
using NpgsqlTypes;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// Streams petitions straight into <c>fct_petition</c> with the engine's bulk path, for a load whose every row
/// is new (see <see cref="PetitionLoad"/>): the same row the merge's INSERT would write, without staging it first.
/// <c>petition_id</c> takes its default from the sequence, as it does in the merge.
/// </summary>
internal abstract class FactWriter : PetitionWriter
{
    /// <summary>fct_petition's columns after petition_id, in table order (DuckDB's appender writes by position).</summary>
    private static readonly string[] Columns =
    [
        "entity_id", "radicado", "source", "type_id", "channel_id", "dependency_id", "topic_id", "filed_on",
        "filed_date_key", "term_days", "due_on", "extension_due_on", "extension_valid", "effective_due_on", "answered_on",
        "business_days_to_answer", "source_due_on", "transferred", "petitioner_type", "petitioner_hash", "row_hash",
        "first_run_id", "last_run_id", "loaded_at", "updated_at", "outcome_code",
    ];

    private readonly DimensionIds _dimensions;

    private FactWriter(DimensionIds dimensions, FactContext context)
    {
        _dimensions = dimensions;
        Context = context;
    }

    protected FactContext Context { get; }

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

    public override void Write(CanonicalPetition p, string rowHash)
    {
        (int Type, int Channel, int Dependency, int? Topic) ids;
        while (!_dimensions.TryResolve(p, out ids) || !HasPetitionId)
        {
            // An id is needed and none is left: the bulk write holds the connection, so pause it to reserve more.
            End();
            _dimensions.Reserve();
            ReservePetitionIds();
            Begin();
        }
        WriteRow(p, rowHash, ids);
    }

    /// <summary>Flushes the rows, then inserts the dimension members this load created.</summary>
    public override void Complete()
    {
        End();
        _dimensions.InsertNewMembers();
    }

    protected abstract void Begin();

    protected virtual bool HasPetitionId => true;

    protected virtual void ReservePetitionIds()
    {
    }

    protected abstract void WriteRow(CanonicalPetition p, string rowHash, (int Type, int Channel, int Dependency, int? Topic) ids);

    protected abstract void End();

    protected static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    private sealed class DuckDbFactWriter(DuckDBConnection connection, DimensionIds dimensions, FactContext context)
        : FactWriter(dimensions, context)
    {
        private readonly Queue<long> _petitionIds = new();
        private int _block = 4096;
        private DuckDBAppender? _appender;

        // DuckDB's appender cannot evaluate nextval() for a column default, so ids are taken from the sequence in
        // growing blocks; the last block's unused ids are a gap in the sequence, as a rolled-back insert leaves.
        protected override bool HasPetitionId => _petitionIds.Count > 0;

        protected override void ReservePetitionIds()
        {
            if (_petitionIds.Count > 0)
                return;
            foreach (var id in connection.Query<long>($"SELECT nextval('seq_petition') FROM range({_block})"))
                _petitionIds.Enqueue(id);
            _block = Math.Min(_block * 4, 262_144);
        }

        protected override void Begin() => _appender = connection.CreateAppender("fct_petition");

        protected override void WriteRow(CanonicalPetition p, string rowHash, (int Type, int Channel, int Dependency, int? Topic) ids)
        {
            var row = _appender!.CreateRow()
                .AppendValue(_petitionIds.Dequeue())
                .AppendValue(Context.Entity).AppendValue(p.Radicado).AppendValue(Context.Source)
                .AppendValue(ids.Type).AppendValue(ids.Channel).AppendValue(ids.Dependency).AppendValue(ids.Topic)
                .AppendValue((DateOnly?)p.FiledOn).AppendValue((int?)DateKey(p.FiledOn)).AppendValue(p.TermDays)
                .AppendValue(p.Terms.DueOn).AppendValue(p.Terms.ExtendedDueOn).AppendValue(p.Terms.ExtensionValid)
                .AppendValue(p.Terms.EffectiveDueOn).AppendValue(p.AnsweredOn).AppendValue(p.Terms.BusinessDaysToAnswer)
                .AppendValue(p.SourceDueOn).AppendValue(p.Transferred)
                .AppendValue(p.PetitionerType).AppendValue(p.PetitionerHash).AppendValue(rowHash)
                .AppendValue(Context.Run).AppendValue(Context.Run).AppendValue((DateTime?)Context.Now).AppendValue((DateTime?)Context.Now)
                .AppendValue((int?)p.OutcomeCode);
            row.EndRow();
        }

        protected override void End()
        {
            _appender?.Close();
            _appender?.Dispose();
            _appender = null;
        }

        public override void Dispose()
        {
            // Only a failed load gets here with the appender open; closing it would flush into the aborted
            // transaction and hide the first error behind "transaction is aborted".
            try
            {
                _appender?.Dispose();
            }
            catch (DuckDBException)
            {
            }
        }
    }

    private sealed class PostgresFactWriter(NpgsqlConnection connection, DimensionIds dimensions, FactContext context)
        : FactWriter(dimensions, context)
    {
        private NpgsqlBinaryImporter? _importer;

        protected override void Begin() =>
            _importer = connection.BeginBinaryImport($"COPY fct_petition ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)");

        protected override void WriteRow(CanonicalPetition p, string rowHash, (int Type, int Channel, int Dependency, int? Topic) ids)
        {
            var importer = _importer!;
            importer.StartRow();
            importer.Write(Context.Entity, NpgsqlDbType.Integer);
            importer.Write(p.Radicado, NpgsqlDbType.Varchar);
            importer.Write(Context.Source, NpgsqlDbType.Varchar);
            importer.Write(ids.Type, NpgsqlDbType.Integer);
            importer.Write(ids.Channel, NpgsqlDbType.Integer);
            importer.Write(ids.Dependency, NpgsqlDbType.Integer);
            Nullable(ids.Topic, NpgsqlDbType.Integer);
            importer.Write(p.FiledOn, NpgsqlDbType.Date);
            importer.Write(DateKey(p.FiledOn), NpgsqlDbType.Integer);
            Nullable(p.TermDays, NpgsqlDbType.Integer);
            Nullable(p.Terms.DueOn, NpgsqlDbType.Date);
            Nullable(p.Terms.ExtendedDueOn, NpgsqlDbType.Date);
            Nullable(p.Terms.ExtensionValid, NpgsqlDbType.Boolean);
            Nullable(p.Terms.EffectiveDueOn, NpgsqlDbType.Date);
            Nullable(p.AnsweredOn, NpgsqlDbType.Date);
            Nullable(p.Terms.BusinessDaysToAnswer, NpgsqlDbType.Integer);
            Nullable(p.SourceDueOn, NpgsqlDbType.Date);
            importer.Write(p.Transferred, NpgsqlDbType.Boolean);
            Nullable(p.PetitionerType, NpgsqlDbType.Varchar);
            Nullable(p.PetitionerHash, NpgsqlDbType.Varchar);
            importer.Write(rowHash, NpgsqlDbType.Varchar);
            importer.Write(Context.Run, NpgsqlDbType.Bigint);
            importer.Write(Context.Run, NpgsqlDbType.Bigint);
            importer.Write(Context.Now, NpgsqlDbType.Timestamp);
            importer.Write(Context.Now, NpgsqlDbType.Timestamp);
            importer.Write(p.OutcomeCode, NpgsqlDbType.Integer);
        }

        private void Nullable<T>(T? value, NpgsqlDbType type) where T : struct
        {
            if (value is { } v) _importer!.Write(v, type);
            else _importer!.WriteNull();
        }

        private void Nullable(string? value, NpgsqlDbType type)
        {
            if (value is not null) _importer!.Write(value, type);
            else _importer!.WriteNull();
        }

        protected override void End()
        {
            _importer?.Complete();
            _importer?.Dispose();
            _importer = null;
        }

        public override void Dispose() => _importer?.Dispose();
    }
}

/// <summary>What every fact row of one load shares.</summary>
internal sealed record FactContext(int Entity, string Source, long Run, DateTime Now);
