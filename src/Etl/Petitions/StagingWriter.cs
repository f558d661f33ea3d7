using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing.BulkWriting;
using System.Data.Common;
using IndicadoresServicio.Warehousing;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;
using NpgsqlConnection = Npgsql.NpgsqlConnection;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// Streams canonical petitions into <c>stg_petition</c> with each engine's bulk path (DuckDB data chunks,
/// PostgreSQL binary COPY encoded here), as <see cref="PetitionTables.Staging"/> describes the rows, inside the
/// load's transaction, a batch at a time. Used by every load of an entity after its first, which merges from staging.
/// </summary>
internal abstract class StagingWriter : IDisposable
{
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
        private readonly DuckDbChunkAppender _appender = PetitionTables.Staging.Append(connection);

        public override void Write(List<StagedRow> rows)
        {
            var table = PetitionTables.Staging;
            using var chunk = new DuckDbChunk(table.DuckDbTypes, rows.Count);
            for (var row = 0; row < rows.Count; row++)
            {
                var staged = new StagingRow(rows[row].Petition, rows[row].Hash, runId);
                table.Write(chunk, row, staged);
            }
            _appender.Append(chunk);
        }

        public override void Complete() => _appender.Close();

        public override void Dispose() => _appender.Dispose();
    }

    private sealed class PostgresStagingWriter(NpgsqlConnection connection, long runId) : StagingWriter
    {
        private readonly BinaryCopy _copy = PetitionTables.Staging.Copy(connection);

        public override void Write(List<StagedRow> rows)
        {
            var table = PetitionTables.Staging;
            foreach (var row in rows)
            {
                var staged = new StagingRow(row.Petition, row.Hash, runId);
                table.Write(_copy, staged);
            }
        }

        public override void Complete() => _copy.Complete();

        public override void Dispose() => _copy.Dispose();
    }
}
