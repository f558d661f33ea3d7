using DuckDB.NET.Data;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;
using Npgsql;
using NpgsqlTypes;

namespace IndicadoresServicio.Etl.Bench;

/// <summary>
/// The first raw baseline, kept as it was measured since session 1: the parsed rows appended into stg_petition (no
/// indexes) with DuckDB.NET's row appender, or copied with Npgsql's binary importer, one value at a time. The ETL's own
/// staging writer moved to DuckDB data chunks and hand-encoded COPY in session 4; this stays, so that old and new
/// figures compare.
/// </summary>
internal static class RawStagingLoad
{
    private const long Run = 1;

    public static void Load(Warehouse warehouse, List<(CanonicalPetition Petition, string Hash)> parsed)
    {
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (warehouse.Engine == WarehouseEngine.DuckDb)
            Append((DuckDBConnection)connection, parsed);
        else
            Copy((NpgsqlConnection)connection, parsed);
        transaction.Commit();
    }

    private static void Append(DuckDBConnection connection, List<(CanonicalPetition Petition, string Hash)> parsed)
    {
        using var appender = connection.CreateAppender("stg_petition");
        var runId = Run;
        foreach (var (p, hash) in parsed)
        {
            appender.CreateRow()
                .AppendValue(runId).AppendValue(p.Line).AppendValue(p.Radicado)
                .AppendValue(Core.Terms.PetitionTypes.Code(p.Type))
                .AppendValue(p.Channel.Code).AppendValue(p.Channel.Name)
                .AppendValue(p.DependencyName).AppendValue(p.DependencyKey).AppendValue(p.DependencyKnown)
                .AppendValue(p.TopicName).AppendValue(p.TopicKey)
                .AppendValue((DateOnly?)p.FiledOn).AppendValue(p.AnsweredOn)
                .AppendValue(p.TermDays)
                .AppendValue(p.Terms.DueOn).AppendValue(p.Terms.ExtendedDueOn).AppendValue(p.Terms.ExtensionValid)
                .AppendValue(p.Terms.EffectiveDueOn).AppendValue(p.Terms.BusinessDaysToAnswer)
                .AppendValue(p.SourceDueOn).AppendValue(p.Transferred)
                .AppendValue(p.PetitionerType).AppendValue(p.PetitionerHash).AppendValue(hash)
                .EndRow();
        }
        appender.Close();
    }

    private static void Copy(NpgsqlConnection connection, List<(CanonicalPetition Petition, string Hash)> parsed)
    {
        using var copy = connection.BeginBinaryImport(
            $"COPY stg_petition ({string.Join(", ", PetitionTables.Staging.Names)}) FROM STDIN (FORMAT BINARY)");
        var runId = Run;
        foreach (var (p, hash) in parsed)
        {
            copy.StartRow();
            copy.Write(runId, NpgsqlDbType.Bigint);
            copy.Write(p.Line, NpgsqlDbType.Bigint);
            copy.Write(p.Radicado, NpgsqlDbType.Varchar);
            copy.Write(Core.Terms.PetitionTypes.Code(p.Type), NpgsqlDbType.Varchar);
            copy.Write(p.Channel.Code, NpgsqlDbType.Varchar);
            copy.Write(p.Channel.Name, NpgsqlDbType.Varchar);
            copy.Write(p.DependencyName, NpgsqlDbType.Varchar);
            copy.Write(p.DependencyKey, NpgsqlDbType.Varchar);
            copy.Write(p.DependencyKnown, NpgsqlDbType.Boolean);
            Write(copy, p.TopicName, NpgsqlDbType.Varchar);
            Write(copy, p.TopicKey, NpgsqlDbType.Varchar);
            copy.Write(p.FiledOn, NpgsqlDbType.Date);
            Write(copy, p.AnsweredOn, NpgsqlDbType.Date);
            Write(copy, p.TermDays, NpgsqlDbType.Integer);
            Write(copy, p.Terms.DueOn, NpgsqlDbType.Date);
            Write(copy, p.Terms.ExtendedDueOn, NpgsqlDbType.Date);
            Write(copy, p.Terms.ExtensionValid, NpgsqlDbType.Boolean);
            Write(copy, p.Terms.EffectiveDueOn, NpgsqlDbType.Date);
            Write(copy, p.Terms.BusinessDaysToAnswer, NpgsqlDbType.Integer);
            Write(copy, p.SourceDueOn, NpgsqlDbType.Date);
            copy.Write(p.Transferred, NpgsqlDbType.Boolean);
            Write(copy, p.PetitionerType, NpgsqlDbType.Varchar);
            Write(copy, p.PetitionerHash, NpgsqlDbType.Varchar);
            copy.Write(hash, NpgsqlDbType.Varchar);
        }
        copy.Complete();
    }

    private static void Write<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) copy.Write(v, type);
        else copy.WriteNull();
    }

    private static void Write(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is not null) copy.Write(value, type);
        else copy.WriteNull();
    }
}
