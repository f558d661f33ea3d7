using System.Data.Common;
using System.Text;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>
/// Writes a file's responses into the survey marts inside the load's transaction: new keys are inserted, changed ones
/// replaced in place (same response id, answers and comments rewritten), unchanged ones left alone.
/// </summary>
internal static class SurveyFacts
{
    /// <summary>Rows per INSERT: a few hundred parameters per statement, well under either engine's limits.</summary>
    private const int Batch = 200;

    public sealed record Counts(long Inserted, long Updated, long Unchanged);

    public static Counts Merge(Warehouse warehouse, DbConnection connection, DbTransaction transaction, long runId,
        SurveyProfile profile, IReadOnlyList<SurveyResponse> responses, CancellationToken cancellation)
    {
        var entity = Entities.Ensure(warehouse, connection, transaction, profile.Entity);
        var existing = connection.Query<(string Key, long Id, string Hash)>(warehouse.Sql("""
            SELECT response_key, response_id, row_hash FROM fct_survey_response WHERE entity_id = @entity AND source = @source
            """), new { entity, source = profile.Source }, transaction)
            .ToDictionary(r => r.Key, r => (r.Id, r.Hash), StringComparer.Ordinal);

        var fresh = new List<SurveyResponse>();
        var changed = new List<(long Id, SurveyResponse Response)>();
        long unchanged = 0;
        foreach (var response in responses)
        {
            if (!existing.TryGetValue(response.Key, out var stored))
                fresh.Add(response);
            else if (stored.Hash != response.Hash)
                changed.Add((stored.Id, response));
            else
                unchanged++;
        }
        if (fresh.Count == 0 && changed.Count == 0)
            return new Counts(0, 0, unchanged);

        var dimensions = new SurveyDimensions(warehouse, connection, transaction, entity);
        var now = DateTime.UtcNow;
        var ids = NewIds(warehouse, connection, transaction, fresh.Count);
        var written = fresh.Select((r, i) => (Id: ids[i], Response: r)).ToList();

        foreach (var (id, response) in changed)
        {
            cancellation.ThrowIfCancellationRequested();
            connection.Execute(warehouse.Sql("""
                UPDATE fct_survey_response SET responded_on = @on, dependency_id = @dependency, channel_id = @channel,
                    value_group_id = @group, radicado = @radicado, row_hash = @hash, last_run_id = @runId, updated_at = @now
                WHERE response_id = @id
                """), new
            {
                id, on = response.RespondedOn, dependency = dimensions.Dependency(response), channel = dimensions.Channel(response),
                group = dimensions.ValueGroup(response.ValueGroup), radicado = response.Radicado, hash = response.Hash, runId, now,
            }, transaction);
        }
        if (changed.Count > 0)
            foreach (var table in new[] { "fct_survey_answer", "fct_survey_comment" })
                foreach (var chunk in changed.Select(c => c.Id).Chunk(Batch))
                    connection.Execute(warehouse.Sql($"DELETE FROM {table} WHERE response_id IN ({string.Join(", ", chunk)})"), transaction: transaction);

        Insert(warehouse, connection, transaction, "fct_survey_response",
            ["response_id", "entity_id", "source", "response_key", "responded_on", "dependency_id", "channel_id", "value_group_id",
             "radicado", "row_hash", "first_run_id", "last_run_id", "loaded_at", "updated_at"],
            written.Select(w => new object?[]
            {
                w.Id, entity, profile.Source, w.Response.Key, w.Response.RespondedOn, dimensions.Dependency(w.Response),
                dimensions.Channel(w.Response), dimensions.ValueGroup(w.Response.ValueGroup), w.Response.Radicado, w.Response.Hash,
                runId, runId, now, now,
            }), cancellation);

        var all = written.Concat(changed).ToList();
        Insert(warehouse, connection, transaction, "fct_survey_answer",
            ["response_id", "question_id", "dimension_id", "points", "answer_label", "scale_low", "scale_high", "is_nps"],
            all.SelectMany(w => w.Response.Answers.Select(a => new object?[]
            {
                w.Id, dimensions.Question(a.Question), dimensions.Dimension(a.Question.Dimension), a.Points, a.Label,
                a.Scale.Low, a.Scale.High, a.Question.Nps,
            })), cancellation);
        Insert(warehouse, connection, transaction, "fct_survey_comment", ["response_id", "column_name", "comment_text"],
            all.SelectMany(w => w.Response.Comments.Select(c => new object?[] { w.Id, c.Column, c.Text })), cancellation);
        return new Counts(fresh.Count, changed.Count, unchanged);
    }

    private static long[] NewIds(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int count) =>
        count == 0 ? [] : connection.Query<long>(
            warehouse.Sql("SELECT nextval('seq_survey_response') FROM generate_series(1, @count) AS g(n) ORDER BY 1"),
            new { count }, transaction).ToArray();

    private static void Insert(Warehouse warehouse, DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellation)
    {
        foreach (var chunk in rows.Chunk(Batch))
        {
            cancellation.ThrowIfCancellationRequested();
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new DynamicParameters();
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"p{r}_{c}";
                    sql.Append(c == 0 ? "" : ", ").Append('@').Append(name);
                    parameters.Add(name, chunk[r][c]);
                }
                sql.Append(')');
            }
            connection.Execute(warehouse.Sql(sql.ToString()), parameters, transaction);
        }
    }
}

/// <summary>The dimension members a survey load refers to, found or created once each, by folded name.</summary>
internal sealed class SurveyDimensions(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int entity)
{
    private readonly Dictionary<string, int> _dependencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _questions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dimensions = new(StringComparer.Ordinal);

    public int Dependency(SurveyResponse r) => Member(_dependencies, TextKey.Fold(r.Dependency),
        "SELECT dependency_id FROM dim_dependency WHERE entity_id = @entity AND name_key = @key",
        "INSERT INTO dim_dependency (entity_id, name, name_key, is_known) VALUES (@entity, @name, @key, @known) RETURNING dependency_id",
        new { entity, name = r.Dependency, key = TextKey.Fold(r.Dependency), known = r.DependencyKnown });

    public int Channel(SurveyResponse r) => Member(_channels, r.ChannelCode,
        "SELECT channel_id FROM dim_channel WHERE code = @key",
        "INSERT INTO dim_channel (code, name, is_known) VALUES (@key, @name, @known) RETURNING channel_id",
        new { key = r.ChannelCode, name = r.ChannelName, known = r.ChannelKnown });

    public int ValueGroup(string? name) => name is null ? 0 : Member(_groups, TextKey.Fold(name),
        "SELECT value_group_id FROM dim_value_group WHERE name_key = @key",
        "INSERT INTO dim_value_group (name, name_key) VALUES (@name, @key) RETURNING value_group_id",
        new { name, key = TextKey.Fold(name) });

    public int Dimension(string? name) => string.IsNullOrWhiteSpace(name) ? 0 : Member(_dimensions, TextKey.Fold(name),
        "SELECT dimension_id FROM dim_survey_dimension WHERE name_key = @key",
        "INSERT INTO dim_survey_dimension (name, name_key) VALUES (@name, @key) RETURNING dimension_id",
        new { name = name.Trim(), key = TextKey.Fold(name) });

    public int Question(SurveyQuestion q)
    {
        var key = TextKey.Fold(q.Code);
        if (_questions.TryGetValue(key, out var id))
            return id;
        var found = connection.QuerySingleOrDefault<int?>(warehouse.Sql(
            "SELECT question_id FROM dim_survey_question WHERE entity_id = @entity AND code_key = @key"), new { entity, key }, transaction);
        if (found is { } existing)
            connection.Execute(warehouse.Sql("UPDATE dim_survey_question SET question_text = @text WHERE question_id = @existing"),
                new { text = q.Column, existing }, transaction);
        return _questions[key] = found ?? connection.QuerySingle<int>(warehouse.Sql("""
            INSERT INTO dim_survey_question (entity_id, code, code_key, question_text) VALUES (@entity, @code, @key, @text) RETURNING question_id
            """), new { entity, code = q.Code.Trim(), key, text = q.Column }, transaction);
    }

    private int Member(Dictionary<string, int> known, string key, string select, string insert, object parameters)
    {
        if (known.TryGetValue(key, out var id))
            return id;
        return known[key] = connection.QuerySingleOrDefault<int?>(warehouse.Sql(select), parameters, transaction)
            ?? connection.QuerySingle<int>(warehouse.Sql(insert), parameters, transaction);
    }
}
