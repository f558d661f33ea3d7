using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Surveys;

/// <summary>How many answers one label of one question got in the period.</summary>
public sealed record AnswerCount(string Question, string QuestionText, string Label, int? Points, long Answers);

/// <summary>A kept comment (already masked at load) with the dependency it is about.</summary>
public sealed record SurveyCommentRow(DateOnly RespondedOn, string Dependency, string Column, string Text);

/// <summary>
/// What the Satisfacción page shows beside the SA-* indicators: the answers' distribution per question and the
/// comments. Same period and filters as the engine's requests (period only; the cut-off does not apply to surveys).
/// </summary>
public static class SurveyDetail
{
    public static IReadOnlyList<AnswerCount> Distribution(Warehouse warehouse, MeasurementRequest request)
    {
        using var connection = warehouse.OpenConnection();
        var sql = Filtered(connection, "indicators/survey_answer_distribution.sql", request);
        return connection.Query<(string Question, string Text, string Label, int? Points, long Answers)>(warehouse.Sql(sql),
                new { from = request.Period.From, to = request.Period.To })
            .Select(r => new AnswerCount(r.Question, r.Text, r.Label, r.Points, r.Answers)).ToList();
    }

    public static IReadOnlyList<SurveyCommentRow> Comments(Warehouse warehouse, MeasurementRequest request, int take)
    {
        using var connection = warehouse.OpenConnection();
        var sql = Filtered(connection, "indicators/survey_comments.sql", request);
        return connection.Query<(DateOnly On, string Dependency, string Column, string Text)>(warehouse.Sql(sql),
                new { from = request.Period.From, to = request.Period.To, take })
            .Select(r => new SurveyCommentRow(r.On, r.Dependency, r.Column, r.Text)).ToList();
    }

    private static string Filtered(System.Data.Common.DbConnection connection, string script, MeasurementRequest request)
    {
        var filters = SliceFilters.Clause(connection, MeasureSources.Surveys, request.Filters ?? []);
        return MeasureQuery.ComposeFiltered(SqlScripts.Statements(script).Single(), filters);
    }
}
