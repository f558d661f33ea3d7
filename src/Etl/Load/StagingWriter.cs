using System.Data.Common;
using DuckDB.NET.Data;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Indicators.Warehouse;
using Npgsql;
using NpgsqlTypes;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// Streams canonical petitions into <c>stg_petition</c> with each engine's bulk path (DuckDB's appender,
/// PostgreSQL's binary COPY), inside the load's transaction. The column order is the table's.
/// </summary>
internal abstract class StagingWriter : PetitionWriter
{
    public static StagingWriter Open(DbConnection connection, WarehouseEngine engine, long runId) => engine switch
    {
        WarehouseEngine.DuckDb => new DuckDbStagingWriter((DuckDBConnection)connection, runId),
        _ => new PostgresStagingWriter((NpgsqlConnection)connection, runId),
    };

    private sealed class DuckDbStagingWriter(DuckDBConnection connection, long runId) : StagingWriter
    {
        private readonly DuckDBAppender _appender = connection.CreateAppender("stg_petition");

        public override void Write(CanonicalPetition p, string rowHash)
        {
            var row = _appender.CreateRow()
                .AppendValue(runId).AppendValue(p.Line).AppendValue(p.Radicado)
                .AppendValue(Indicators.Terms.PetitionTypes.Code(p.Type))
                .AppendValue(p.Channel.Code).AppendValue(p.Channel.Name)
                .AppendValue(p.DependencyName).AppendValue(p.DependencyKey).AppendValue(p.DependencyKnown)
                .AppendValue(p.TopicName).AppendValue(p.TopicKey)
                .AppendValue((DateOnly?)p.FiledOn).AppendValue(p.AnsweredOn)
                .AppendValue(p.TermDays)
                .AppendValue(p.Terms.DueOn).AppendValue(p.Terms.ExtendedDueOn).AppendValue(p.Terms.ExtensionValid)
                .AppendValue(p.Terms.EffectiveDueOn).AppendValue(p.Terms.BusinessDaysToAnswer)
                .AppendValue(p.SourceDueOn).AppendValue(p.Transferred)
                .AppendValue(p.PetitionerType).AppendValue(p.PetitionerHash).AppendValue(rowHash);
            row.EndRow();
        }

        public override void Complete() => _appender.Close();

        public override void Dispose()
        {
            // After a failure the appender's last flush would hit the aborted transaction and hide the first error.
            try
            {
                _appender.Dispose();
            }
            catch (DuckDBException)
            {
            }
        }
    }

    private sealed class PostgresStagingWriter(NpgsqlConnection connection, long runId) : StagingWriter
    {
        private readonly NpgsqlBinaryImporter _importer = connection.BeginBinaryImport("""
            COPY stg_petition (run_id, line, radicado, type_code, channel_code, channel_name, dependency_name,
                dependency_key, dependency_known, topic_name, topic_key, filed_on, answered_on, term_days, due_on,
                extension_due_on, extension_valid, effective_due_on, business_days_to_answer, source_due_on,
                transferred, petitioner_type, petitioner_hash, row_hash) FROM STDIN (FORMAT BINARY)
            """);

        public override void Write(CanonicalPetition p, string rowHash)
        {
            _importer.StartRow();
            _importer.Write(runId, NpgsqlDbType.Bigint);
            _importer.Write(p.Line, NpgsqlDbType.Bigint);
            _importer.Write(p.Radicado, NpgsqlDbType.Varchar);
            _importer.Write(Indicators.Terms.PetitionTypes.Code(p.Type), NpgsqlDbType.Varchar);
            _importer.Write(p.Channel.Code, NpgsqlDbType.Varchar);
            _importer.Write(p.Channel.Name, NpgsqlDbType.Varchar);
            _importer.Write(p.DependencyName, NpgsqlDbType.Varchar);
            _importer.Write(p.DependencyKey, NpgsqlDbType.Varchar);
            _importer.Write(p.DependencyKnown, NpgsqlDbType.Boolean);
            Nullable(p.TopicName, NpgsqlDbType.Varchar);
            Nullable(p.TopicKey, NpgsqlDbType.Varchar);
            _importer.Write(p.FiledOn, NpgsqlDbType.Date);
            Nullable(p.AnsweredOn, NpgsqlDbType.Date);
            Nullable(p.TermDays, NpgsqlDbType.Integer);
            Nullable(p.Terms.DueOn, NpgsqlDbType.Date);
            Nullable(p.Terms.ExtendedDueOn, NpgsqlDbType.Date);
            Nullable(p.Terms.ExtensionValid, NpgsqlDbType.Boolean);
            Nullable(p.Terms.EffectiveDueOn, NpgsqlDbType.Date);
            Nullable(p.Terms.BusinessDaysToAnswer, NpgsqlDbType.Integer);
            Nullable(p.SourceDueOn, NpgsqlDbType.Date);
            _importer.Write(p.Transferred, NpgsqlDbType.Boolean);
            Nullable(p.PetitionerType, NpgsqlDbType.Varchar);
            Nullable(p.PetitionerHash, NpgsqlDbType.Varchar);
            _importer.Write(rowHash, NpgsqlDbType.Varchar);
        }

        private void Nullable<T>(T? value, NpgsqlDbType type) where T : struct
        {
            if (value is { } v) _importer.Write(v, type);
            else _importer.WriteNull();
        }

        private void Nullable(string? value, NpgsqlDbType type)
        {
            if (value is not null) _importer.Write(value, type);
            else _importer.WriteNull();
        }

        public override void Complete() => _importer.Complete();

        public override void Dispose() => _importer.Dispose();
    }
}
