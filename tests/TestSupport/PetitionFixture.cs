using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.TestSupport;

/// <summary>
/// Writes hand-made rows straight into the star schema of a test warehouse (dimensions and fct_petition),
/// bypassing the ETL, so indicator tests state every date they depend on.
/// </summary>
public sealed class PetitionFixture(Warehouse warehouse)
{
    private static readonly DateTime LoadedAt = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public int Entity(string name, string? daneCode = null) => Scalar(
        "INSERT INTO dim_entity (name, name_key, dane_code) VALUES (@name, @key, @daneCode) RETURNING entity_id",
        new { name, key = TextKey.Fold(name), daneCode });

    public int Dependency(int entity, string name) => Scalar(
        "INSERT INTO dim_dependency (entity_id, name, name_key) VALUES (@entity, @name, @key) RETURNING dependency_id",
        new { entity, name, key = TextKey.Fold(name) });

    public int Topic(int entity, string name) => Scalar(
        "INSERT INTO dim_topic (entity_id, name, name_key) VALUES (@entity, @name, @key) RETURNING topic_id",
        new { entity, name, key = TextKey.Fold(name) });

    public PetitionFixture Add(params FixturePetition[] petitions)
    {
        using var connection = warehouse.OpenConnection();
        foreach (var p in petitions)
            connection.Execute(warehouse.Sql("""
                INSERT INTO fct_petition (entity_id, radicado, source, type_id, channel_id, dependency_id, topic_id,
                    filed_on, filed_date_key, term_days, due_on, extension_due_on, extension_valid, effective_due_on,
                    answered_on, business_days_to_answer, transferred, row_hash, loaded_at, updated_at, outcome_code)
                VALUES (@entity, @radicado, 'prueba',
                    (SELECT type_id FROM dim_petition_type WHERE code = @type),
                    (SELECT channel_id FROM dim_channel WHERE code = @channel),
                    @dependency, @topic, @filedOn, @filedKey, @termDays, @dueOn, @extensionDueOn, @extensionValid,
                    @effectiveDueOn, @answeredOn, @daysToAnswer, @transferred, @radicado, @loadedAt, @loadedAt,
                    petition_outcome_code(@termDays, @effectiveDueOn, @answeredOn, @daysToAnswer))
                """),
                new
                {
                    entity = p.Entity, radicado = p.Radicado, type = p.Type, channel = p.Channel, dependency = p.Dependency,
                    topic = p.Topic, filedOn = p.FiledOn, filedKey = p.FiledOn.Year * 10000 + p.FiledOn.Month * 100 + p.FiledOn.Day,
                    termDays = p.Type == "felicitacion" ? (int?)null : p.TermDays ?? 15, dueOn = p.DueOn,
                    extensionDueOn = p.ExtensionDueOn, extensionValid = p.ExtensionValid, effectiveDueOn = p.EffectiveDueOn,
                    answeredOn = p.AnsweredOn, daysToAnswer = p.DaysToAnswer, transferred = p.Transferred, loadedAt = LoadedAt,
                });
        return this;
    }

    private int Scalar(string sql, object parameters)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<int>(warehouse.Sql(sql), parameters);
    }
}

/// <summary>
/// One petition as the warehouse stores it. <see cref="DueOn"/> is the legal due date; the effective one is the
/// extension's when <see cref="ExtensionValid"/>, as the ETL would have decided. Felicitaciones get no term.
/// </summary>
public sealed record FixturePetition(string Radicado, int Entity, int Dependency, DateOnly FiledOn, DateOnly? DueOn)
{
    public string Type { get; init; } = "peticion";
    public string Channel { get; init; } = "virtual";
    public int? Topic { get; init; }
    public int? TermDays { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public int? DaysToAnswer { get; init; }
    public DateOnly? ExtensionDueOn { get; init; }
    public bool? ExtensionValid { get; init; }
    public bool Transferred { get; init; }

    public DateOnly? EffectiveDueOn => ExtensionValid == true ? ExtensionDueOn : DueOn;
}
