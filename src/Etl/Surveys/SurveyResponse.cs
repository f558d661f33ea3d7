namespace IndicadoresServicio.Etl.Surveys;

/// <summary>
/// One survey response as the warehouse keeps it: no personal data, comments already masked. <see cref="Key"/> is its
/// identity within the source (the export's own id, or the row's fingerprint and its occurrence in the file);
/// <see cref="Hash"/> covers everything stored, so an unchanged re-load is recognised and skipped.
/// </summary>
public sealed record SurveyResponse(
    long Line,
    string Key,
    DateOnly RespondedOn,
    string Dependency,
    bool DependencyKnown,
    string ChannelCode,
    string ChannelName,
    bool ChannelKnown,
    string? ValueGroup,
    string? Radicado,
    IReadOnlyList<SurveyAnswer> Answers,
    IReadOnlyList<SurveyComment> Comments,
    string Hash);

/// <summary>An answer to a scored question: null points when blank or worth nothing ("No sabe / No responde").</summary>
public sealed record SurveyAnswer(SurveyQuestion Question, SurveyScale Scale, int? Points, string? Label);

/// <summary>A free-text comment, with e-mails, phone numbers and identity numbers masked.</summary>
public sealed record SurveyComment(string Column, string Text);
