using System.Data.Common;
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
    /// <summary>Responses per DELETE: a few hundred ids per statement.</summary>
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

        SurveyResponseRow Row(long id, SurveyResponse response) => new(id, entity, profile.Source, response,
            dimensions.Dependency(response), dimensions.Channel(response), dimensions.ValueGroup(response.ValueGroup), runId, now);

        foreach (var (id, response) in changed)
        {
            cancellation.ThrowIfCancellationRequested();
            SurveyTables.Response.Update(warehouse, connection, transaction, Row(id, response));
        }
        if (changed.Count > 0)
            foreach (var table in new[] { SurveyTables.Answer.Name, SurveyTables.Comment.Name })
                foreach (var chunk in changed.Select(c => c.Id).Chunk(Batch))
                    connection.Execute(warehouse.Sql($"DELETE FROM {table} WHERE response_id IN ({string.Join(", ", chunk)})"), transaction: transaction);

        SurveyTables.Response.Insert(warehouse, connection, transaction, written.Select(w => Row(w.Id, w.Response)), cancellation);
        var all = written.Concat(changed).ToList();
        SurveyTables.Answer.Insert(warehouse, connection, transaction, all.SelectMany(w => w.Response.Answers.Select(a =>
            new SurveyAnswerRow(w.Id, a, dimensions.Question(a.Question), dimensions.Dimension(a.Question.Dimension)))), cancellation);
        SurveyTables.Comment.Insert(warehouse, connection, transaction,
            all.SelectMany(w => w.Response.Comments.Select(c => new SurveyCommentRow(w.Id, c))), cancellation);
        return new Counts(fresh.Count, changed.Count, unchanged);
    }

    private static long[] NewIds(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int count) =>
        count == 0 ? [] : connection.Query<long>(
            warehouse.Sql("SELECT nextval('seq_survey_response') FROM generate_series(1, @count) AS g(n) ORDER BY 1"),
            new { count }, transaction).ToArray();
}

/// <summary>The dimension members a survey load refers to, found or created once each, by folded name.</summary>
internal sealed class SurveyDimensions(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int entity)
{
    private readonly Dependencies _dependencies = new(warehouse, connection, transaction, entity);
    private readonly Members<string> _channels = new(warehouse, connection, transaction,
        "SELECT channel_id FROM dim_channel WHERE code = @key",
        "INSERT INTO dim_channel (code, name, is_known) VALUES (@key, @name, @known) RETURNING channel_id");
    private readonly Members<string> _groups = new(warehouse, connection, transaction,
        "SELECT value_group_id FROM dim_value_group WHERE name_key = @key",
        "INSERT INTO dim_value_group (name, name_key) VALUES (@name, @key) RETURNING value_group_id");
    private readonly Members<string> _dimensions = new(warehouse, connection, transaction,
        "SELECT dimension_id FROM dim_survey_dimension WHERE name_key = @key",
        "INSERT INTO dim_survey_dimension (name, name_key) VALUES (@name, @key) RETURNING dimension_id");
    private readonly Dictionary<string, int> _questions = new(StringComparer.Ordinal);

    public int Dependency(SurveyResponse r) => _dependencies.Id(r.Dependency, r.DependencyKnown);

    public int Channel(SurveyResponse r) =>
        _channels.Id(r.ChannelCode, new { key = r.ChannelCode, name = r.ChannelName, known = r.ChannelKnown });

    public int ValueGroup(string? name) => name is null ? 0 : _groups.Id(TextKey.Fold(name), new { name, key = TextKey.Fold(name) });

    public int Dimension(string? name) => string.IsNullOrWhiteSpace(name) ? 0
        : _dimensions.Id(TextKey.Fold(name), new { name = name.Trim(), key = TextKey.Fold(name) });

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
}
