using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>A survey response, its answers and its comments as the load writes them, in table order (migration 0100).</summary>
internal static class SurveyTables
{
    private static readonly BulkColumns<SurveyResponseRow> ResponseColumn = new();
    private static readonly BulkColumns<SurveyAnswerRow> AnswerColumn = new();
    private static readonly BulkColumns<SurveyCommentRow> CommentColumn = new();

    public static BulkTable<SurveyResponseRow> Response { get; } = new("fct_survey_response",
        ResponseColumn.Long("response_id", r => r.Id, TableRows.Key),
        ResponseColumn.Int("entity_id", r => r.Entity),
        ResponseColumn.Text("source", r => r.Source),
        ResponseColumn.Text("response_key", r => r.Response.Key),
        ResponseColumn.Date("responded_on", r => r.Response.RespondedOn, TableRows.Attributes),
        ResponseColumn.Int("dependency_id", r => r.Dependency, TableRows.Attributes),
        ResponseColumn.Int("channel_id", r => r.Channel, TableRows.Attributes),
        ResponseColumn.Int("value_group_id", r => r.ValueGroup, TableRows.Attributes),
        ResponseColumn.Text("radicado", r => r.Response.Radicado, TableRows.Attributes),
        ResponseColumn.Text("row_hash", r => r.Response.Hash, TableRows.Attributes),
        ResponseColumn.Long("first_run_id", r => r.Run),
        ResponseColumn.Long("last_run_id", r => r.Run, TableRows.Attributes),
        ResponseColumn.Timestamp("loaded_at", r => r.Now),
        ResponseColumn.Timestamp("updated_at", r => r.Now, TableRows.Attributes));

    public static BulkTable<SurveyAnswerRow> Answer { get; } = new("fct_survey_answer",
        AnswerColumn.Long("response_id", r => r.Response),
        AnswerColumn.Int("question_id", r => r.Question),
        AnswerColumn.Int("dimension_id", r => r.Dimension),
        AnswerColumn.Int("points", r => r.Answer.Points),
        AnswerColumn.Text("answer_label", r => r.Answer.Label),
        AnswerColumn.Int("scale_low", r => r.Answer.Scale.Low),
        AnswerColumn.Int("scale_high", r => r.Answer.Scale.High),
        AnswerColumn.Bool("is_nps", r => r.Answer.Question.Nps));

    public static BulkTable<SurveyCommentRow> Comment { get; } = new("fct_survey_comment",
        CommentColumn.Long("response_id", r => r.Response),
        CommentColumn.Text("column_name", r => r.Comment.Column),
        CommentColumn.Text("comment_text", r => r.Comment.Text));
}

/// <summary>One <c>fct_survey_response</c> row: the response with its id, its dimension ids and the run writing it.</summary>
internal sealed record SurveyResponseRow(long Id, int Entity, string Source, SurveyResponse Response, int Dependency, int Channel,
    int ValueGroup, long Run, DateTime Now);

/// <summary>One <c>fct_survey_answer</c> row: an answer of a response, with its question's and dimension's ids.</summary>
internal sealed record SurveyAnswerRow(long Response, SurveyAnswer Answer, int Question, int Dimension);

/// <summary>One <c>fct_survey_comment</c> row: a masked comment of a response.</summary>
internal sealed record SurveyCommentRow(long Response, SurveyComment Comment);
