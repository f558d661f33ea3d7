using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Bench.Fill;

/// <summary>One synthetic petition, already with the dates the ETL would have computed.</summary>
public readonly record struct GeneratedPetition(
    long Id,
    string Radicado,
    int TypeId,
    int ChannelId,
    int DependencyId,
    int? TopicId,
    DateOnly FiledOn,
    int? TermDays,
    DateOnly? DueOn,
    DateOnly? ExtensionDueOn,
    bool? ExtensionValid,
    DateOnly? EffectiveDueOn,
    DateOnly? AnsweredOn,
    int? BusinessDaysToAnswer,
    bool Transferred)
{
    /// <summary>What the ETL stores in <c>fct_petition.outcome_code</c> for this petition.</summary>
    public int OutcomeCode => PetitionOutcome.Code(TermDays, EffectiveDueOn, AnsweredOn, BusinessDaysToAnswer);
}
