using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing.BulkWriting;
using System.Data.Common;
using DuckDB.NET.Native;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Warehousing;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;
using NpgsqlConnection = Npgsql.NpgsqlConnection;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// Streams canonical petitions into <c>stg_petition</c> with each engine's bulk path (DuckDB data chunks,
/// PostgreSQL binary COPY encoded here), inside the load's transaction, a batch at a time. Used by every load
/// of an entity after its first, which merges from staging.
/// </summary>
internal abstract class StagingWriter : IDisposable
{
    /// <summary>stg_petition's columns, in table order (DuckDB's appender writes by position).</summary>
    private static readonly string[] Columns =
    [
        "run_id", "line", "radicado", "type_code", "channel_code", "channel_name", "dependency_name", "dependency_key",
        "dependency_known", "topic_name", "topic_key", "filed_on", "answered_on", "term_days", "due_on", "extension_due_on",
        "extension_valid", "effective_due_on", "business_days_to_answer", "source_due_on", "transferred", "petitioner_type",
        "petitioner_hash", "row_hash",
    ];

    public static StagingWriter Open(DbConnection connection, WarehouseEngine engine, long runId) => engine switch
    {
        WarehouseEngine.DuckDb => new DuckDbStagingWriter((DuckDBConnection)connection, runId),
        _ => new PostgresStagingWriter((NpgsqlConnection)connection, runId),
    };

    /// <summary>Writes a batch of rows (at most <see cref="StagingPass.BatchSize"/>).</summary>
    public abstract void Write(List<StagedRow> rows);

    /// <summary>Flushes everything; rows are visible to the transaction only after this.</summary>
    public abstract void Complete();

    public abstract void Dispose();

    private sealed class DuckDbStagingWriter(DuckDBConnection connection, long runId) : StagingWriter
    {
        private static readonly DuckDbChunk.ColumnTypes Types = new(
            DuckDBType.BigInt, DuckDBType.BigInt, DuckDBType.Varchar, DuckDBType.Varchar, // run_id, line, radicado, type_code
            DuckDBType.Varchar, DuckDBType.Varchar, DuckDBType.Varchar, DuckDBType.Varchar, // channel code and name, dependency name and key
            DuckDBType.Boolean, DuckDBType.Varchar, DuckDBType.Varchar, // dependency_known, topic name and key
            DuckDBType.Date, DuckDBType.Date, DuckDBType.Integer, DuckDBType.Date, // filed_on, answered_on, term_days, due_on
            DuckDBType.Date, DuckDBType.Boolean, DuckDBType.Date, DuckDBType.Integer, // extension_due_on, extension_valid, effective_due_on, business days
            DuckDBType.Date, DuckDBType.Boolean, DuckDBType.Varchar, DuckDBType.Varchar, // source_due_on, transferred, petitioner type and hash
            DuckDBType.Varchar); // row_hash

        private readonly DuckDbChunkAppender _appender = DuckDbChunkAppender.Open(connection, "stg_petition", Types);

        public override void Write(List<StagedRow> rows)
        {
            using var chunk = new DuckDbChunk(Types, rows.Count);
            for (var row = 0; row < rows.Count; row++)
            {
                var (p, terms) = (rows[row].Petition, rows[row].Petition.Terms);
                chunk.Long(0, row, runId);
                chunk.Long(1, row, p.Line);
                chunk.Text(2, row, p.Radicado);
                chunk.Text(3, row, PetitionTypes.Code(p.Type));
                chunk.Text(4, row, p.Channel.Code);
                chunk.Text(5, row, p.Channel.Name);
                chunk.Text(6, row, p.DependencyName);
                chunk.Text(7, row, p.DependencyKey);
                chunk.Bool(8, row, p.DependencyKnown);
                chunk.Text(9, row, p.TopicName);
                chunk.Text(10, row, p.TopicKey);
                chunk.Date(11, row, p.FiledOn);
                chunk.Date(12, row, p.AnsweredOn);
                chunk.Int(13, row, p.TermDays);
                chunk.Date(14, row, terms.DueOn);
                chunk.Date(15, row, terms.ExtendedDueOn);
                chunk.Bool(16, row, terms.ExtensionValid);
                chunk.Date(17, row, terms.EffectiveDueOn);
                chunk.Int(18, row, terms.BusinessDaysToAnswer);
                chunk.Date(19, row, p.SourceDueOn);
                chunk.Bool(20, row, p.Transferred);
                chunk.Text(21, row, p.PetitionerType);
                chunk.Text(22, row, p.PetitionerHash);
                chunk.Text(23, row, rows[row].Hash);
            }
            _appender.Append(chunk);
        }

        public override void Complete() => _appender.Close();

        public override void Dispose() => _appender.Dispose();
    }

    private sealed class PostgresStagingWriter(NpgsqlConnection connection, long runId) : StagingWriter
    {
        private readonly BinaryCopy _copy = BinaryCopy.Begin(connection, "stg_petition", Columns);

        public override void Write(List<StagedRow> rows)
        {
            foreach (var row in rows)
            {
                var (p, terms, hash) = (row.Petition, row.Petition.Terms, row.Hash);
                var type = PetitionTypes.Code(p.Type);
                _copy.StartRow(p.Radicado, type, p.Channel.Code, p.Channel.Name, p.DependencyName, p.DependencyKey,
                    p.TopicName, p.TopicKey, p.PetitionerType, p.PetitionerHash);
                _copy.Long(runId);
                _copy.Long(p.Line);
                _copy.Text(p.Radicado);
                _copy.Text(type);
                _copy.Text(p.Channel.Code);
                _copy.Text(p.Channel.Name);
                _copy.Text(p.DependencyName);
                _copy.Text(p.DependencyKey);
                _copy.Bool(p.DependencyKnown);
                _copy.Text(p.TopicName);
                _copy.Text(p.TopicKey);
                _copy.Date(p.FiledOn);
                _copy.Date(p.AnsweredOn);
                _copy.Int(p.TermDays);
                _copy.Date(terms.DueOn);
                _copy.Date(terms.ExtendedDueOn);
                _copy.Bool(terms.ExtensionValid);
                _copy.Date(terms.EffectiveDueOn);
                _copy.Int(terms.BusinessDaysToAnswer);
                _copy.Date(p.SourceDueOn);
                _copy.Bool(p.Transferred);
                _copy.Text(p.PetitionerType);
                _copy.Text(p.PetitionerHash);
                _copy.Text(hash);
            }
        }

        public override void Complete() => _copy.Complete();

        public override void Dispose() => _copy.Dispose();
    }
}
