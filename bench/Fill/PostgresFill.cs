using IndicadoresServicio.Warehousing;
using Npgsql;
using NpgsqlTypes;

namespace IndicadoresServicio.Bench.Fill;

/// <summary>Fills a PostgreSQL warehouse with the same petitions through binary COPY, then analyses the table.</summary>
public static class PostgresFill
{
    private static readonly DateTime LoadedAt = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void Run(Warehouse warehouse, long petitions, Action<long> progress)
    {
        using var connection = (NpgsqlConnection)warehouse.OpenConnection();
        Dimensions.Insert(connection);
        using (var copy = connection.BeginBinaryImport("""
            COPY fct_petition (petition_id, entity_id, radicado, source, type_id, channel_id, dependency_id, topic_id,
                filed_on, filed_date_key, term_days, due_on, extension_due_on, extension_valid, effective_due_on,
                answered_on, business_days_to_answer, source_due_on, transferred, row_hash, loaded_at, updated_at, outcome_code)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var p in PetitionGenerator.Generate(petitions))
            {
                copy.StartRow();
                copy.Write(p.Id, NpgsqlDbType.Bigint);
                copy.Write(1, NpgsqlDbType.Integer);
                copy.Write(p.Radicado, NpgsqlDbType.Varchar);
                copy.Write("banco", NpgsqlDbType.Varchar);
                copy.Write(p.TypeId, NpgsqlDbType.Integer);
                copy.Write(p.ChannelId, NpgsqlDbType.Integer);
                copy.Write(p.DependencyId, NpgsqlDbType.Integer);
                Nullable(copy, p.TopicId, NpgsqlDbType.Integer);
                copy.Write(p.FiledOn, NpgsqlDbType.Date);
                copy.Write(p.FiledOn.Year * 10000 + p.FiledOn.Month * 100 + p.FiledOn.Day, NpgsqlDbType.Integer);
                Nullable(copy, p.TermDays, NpgsqlDbType.Integer);
                Nullable(copy, p.DueOn, NpgsqlDbType.Date);
                Nullable(copy, p.ExtensionDueOn, NpgsqlDbType.Date);
                Nullable(copy, p.ExtensionValid, NpgsqlDbType.Boolean);
                Nullable(copy, p.EffectiveDueOn, NpgsqlDbType.Date);
                Nullable(copy, p.AnsweredOn, NpgsqlDbType.Date);
                Nullable(copy, p.BusinessDaysToAnswer, NpgsqlDbType.Integer);
                Nullable(copy, p.DueOn, NpgsqlDbType.Date);
                copy.Write(p.Transferred, NpgsqlDbType.Boolean);
                copy.Write("banco", NpgsqlDbType.Varchar);
                copy.Write(LoadedAt, NpgsqlDbType.Timestamp);
                copy.Write(LoadedAt, NpgsqlDbType.Timestamp);
                copy.Write(p.OutcomeCode, NpgsqlDbType.Integer);
                if (p.Id % 1_000_000 == 0)
                    progress(p.Id);
            }
            copy.Complete();
        }
        using var analyse = new NpgsqlCommand("ANALYZE fct_petition", connection);
        analyse.ExecuteNonQuery();
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
            copy.Write(v, type);
        else
            copy.WriteNull();
    }
}
