namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// One answered petition whose citizen filled in a satisfaction survey, before any form tool spells it: when the
/// survey was submitted, the 1-5 overall rating, a second 1-5 rating, the 0-10 recommendation and the free comment
/// (with whatever personal data the citizen typed into it).
/// </summary>
internal sealed record SurveyedAttention(
    GeneratedPetition Petition,
    SurveyTool Tool,
    bool AnsweredLate,
    DateTime SubmittedAt,
    int Rating,
    int SecondRating,
    int Recommendation,
    string? Comment);

/// <summary>The form tool a survey was answered in.</summary>
internal enum SurveyTool
{
    GoogleForms,
    MicrosoftForms,
    LimeSurvey,
}
