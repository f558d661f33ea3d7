using System.Data.Common;
using DuckDB.NET.Data;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;
using Npgsql;
using NpgsqlTypes;

namespace IndicadoresServicio.Etl.Bench;

/// <summary>
/// The second raw baseline: the same parsed rows bulk-loaded into <c>fct_petition</c> itself, the table the ETL's
/// first load writes to, with its primary key and UNIQUE (entity_id, radicado) to maintain. Everything a row needs
/// (dimension ids, petition id, date key) is worked out before the clock starts, so what is timed is only the
/// engine's bulk path and the commit: the floor for writing these rows into that table. Its values are spelled one
/// call each on purpose (that is the baseline); the column names come from <see cref="PetitionTables"/>, and either
/// library refuses a row whose value count differs from the table's.
/// </summary>
internal static class RawFactLoad
{
    private const int Entity = 1;
    private const string Source = "bench";
    private const long Run = 1;

    /// <summary>One fct_petition row, every value final.</summary>
    public sealed record Row(long PetitionId, CanonicalPetition Petition, string Hash, int Type, int Channel, int Dependency, int? Topic, int DateKey, int Outcome);

    /// <summary>
    /// Resolves the rows' dimension ids the simplest way (first seen, first numbered), untimed. A radicado repeated
    /// in the file keeps its first row, as the ETL does (it quarantines the others); UNIQUE would refuse it anyway.
    /// </summary>
    public static List<Row> Prepare(IEnumerable<(CanonicalPetition Petition, string Hash)> parsed)
    {
        var channels = new Dictionary<string, int>(StringComparer.Ordinal);
        var dependencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        var radicados = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var (p, hash) in parsed.Where(row => radicados.Add(row.Petition.Radicado)))
        {
            int? topic = p.TopicKey is null ? null : IdOf(topics, p.TopicKey);
            rows.Add(new Row(rows.Count + 1, p, hash, (int)p.Type + 1, IdOf(channels, p.Channel.Code), IdOf(dependencies, p.DependencyKey),
                topic, p.FiledOn.Year * 10000 + p.FiledOn.Month * 100 + p.FiledOn.Day, p.OutcomeCode));
        }
        return rows;
    }

    /// <summary>Appender or binary COPY into fct_petition in one transaction, commit included.</summary>
    public static void Load(Warehouse warehouse, List<Row> rows)
    {
        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (warehouse.Engine == WarehouseEngine.DuckDb)
            Append((DuckDBConnection)connection, rows, now);
        else
            Copy((NpgsqlConnection)connection, rows, now);
        transaction.Commit();
    }

    /// <summary>
    /// The third raw baseline: the same parsed rows through the ETL's own bulk writer (<see cref="FactWriter"/>: DuckDB
    /// data chunks, PostgreSQL binary COPY encoded by hand), but on one thread, as a plain bulk load would run. Timed: turning rows
    /// into chunks, appending them, and the commit. Turning a row into a chunk also looks up its dimension keys, which
    /// the other baselines do before the clock; <see cref="ResolvingTime"/> times that part alone, to be taken off.
    /// </summary>
    public static List<StagedRow> PrepareChunks(List<(CanonicalPetition Petition, string Hash)> parsed)
    {
        var radicados = new HashSet<string>(StringComparer.Ordinal);
        return parsed.Where(row => radicados.Add(row.Petition.Radicado)).Select(row => new StagedRow(row.Petition, row.Hash)).ToList();
    }

    /// <summary>How long the dimension lookups of <see cref="LoadChunks"/> take on their own, over an empty warehouse.</summary>
    public static TimeSpan ResolvingTime(Warehouse warehouse, List<StagedRow> rows)
    {
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var keys = new DimensionIds(warehouse, connection, transaction, Entity).Keys;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var row in rows)
            keys.Resolve(row.Petition);
        return clock.Elapsed;
    }

    public static void LoadChunks(Warehouse warehouse, List<StagedRow> rows)
    {
        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var entity = Entities.Ensure(warehouse, connection, transaction, "bench");
        using (var writer = FactWriter.Open(connection, warehouse.Engine, new DimensionIds(warehouse, connection, transaction, entity),
            new FactContext(entity, Source, Run, now)))
        {
            foreach (var batch in rows.Chunk(StagingPass.BatchSize))
                writer.Write([.. batch]);
            writer.Complete();
        }
        transaction.Commit();
    }

    private static int IdOf(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
            ids.Add(key, id = ids.Count + 1);
        return id;
    }

    private static void Append(DuckDBConnection connection, List<Row> rows, DateTime now)
    {
        using var appender = connection.CreateAppender("fct_petition");
        foreach (var r in rows)
        {
            var (p, t) = (r.Petition, r.Petition.Terms);
            appender.CreateRow()
                .AppendValue(r.PetitionId).AppendValue(Entity).AppendValue(p.Radicado).AppendValue(Source)
                .AppendValue(r.Type).AppendValue(r.Channel).AppendValue(r.Dependency).AppendValue(r.Topic)
                .AppendValue((DateOnly?)p.FiledOn).AppendValue((int?)r.DateKey).AppendValue(p.TermDays)
                .AppendValue(t.DueOn).AppendValue(t.ExtendedDueOn).AppendValue(t.ExtensionValid).AppendValue(t.EffectiveDueOn)
                .AppendValue(p.AnsweredOn).AppendValue(t.BusinessDaysToAnswer).AppendValue(p.SourceDueOn).AppendValue(p.Transferred)
                .AppendValue(p.PetitionerType).AppendValue(p.PetitionerHash).AppendValue(r.Hash)
                .AppendValue(Run).AppendValue(Run).AppendValue((DateTime?)now).AppendValue((DateTime?)now)
                .AppendValue((int?)r.Outcome)
                .EndRow();
        }
        appender.Close();
    }

    private static void Copy(NpgsqlConnection connection, List<Row> rows, DateTime now)
    {
        using var copy = connection.BeginBinaryImport(
            $"COPY fct_petition ({string.Join(", ", PetitionTables.Fact.Names)}) FROM STDIN (FORMAT BINARY)");
        foreach (var r in rows)
        {
            var (p, t) = (r.Petition, r.Petition.Terms);
            copy.StartRow();
            copy.Write(r.PetitionId, NpgsqlDbType.Bigint);
            copy.Write(Entity, NpgsqlDbType.Integer);
            copy.Write(p.Radicado, NpgsqlDbType.Varchar);
            copy.Write(Source, NpgsqlDbType.Varchar);
            copy.Write(r.Type, NpgsqlDbType.Integer);
            copy.Write(r.Channel, NpgsqlDbType.Integer);
            copy.Write(r.Dependency, NpgsqlDbType.Integer);
            copy.Write(r.Topic, NpgsqlDbType.Integer);
            copy.Write(p.FiledOn, NpgsqlDbType.Date);
            copy.Write(r.DateKey, NpgsqlDbType.Integer);
            copy.Write(p.TermDays, NpgsqlDbType.Integer);
            copy.Write(t.DueOn, NpgsqlDbType.Date);
            copy.Write(t.ExtendedDueOn, NpgsqlDbType.Date);
            copy.Write(t.ExtensionValid, NpgsqlDbType.Boolean);
            copy.Write(t.EffectiveDueOn, NpgsqlDbType.Date);
            copy.Write(p.AnsweredOn, NpgsqlDbType.Date);
            copy.Write(t.BusinessDaysToAnswer, NpgsqlDbType.Integer);
            copy.Write(p.SourceDueOn, NpgsqlDbType.Date);
            copy.Write(p.Transferred, NpgsqlDbType.Boolean);
            copy.Write(p.PetitionerType, NpgsqlDbType.Varchar);
            copy.Write(p.PetitionerHash, NpgsqlDbType.Varchar);
            copy.Write(r.Hash, NpgsqlDbType.Varchar);
            copy.Write(Run, NpgsqlDbType.Bigint);
            copy.Write(Run, NpgsqlDbType.Bigint);
            copy.Write(now, NpgsqlDbType.Timestamp);
            copy.Write(now, NpgsqlDbType.Timestamp);
            copy.Write(r.Outcome, NpgsqlDbType.Integer);
        }
        copy.Complete();
    }
}
