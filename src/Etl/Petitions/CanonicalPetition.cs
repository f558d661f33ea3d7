using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// A petition in the warehouse's vocabulary, with its legal terms computed: what one source row becomes
/// when it passes every check. <see cref="Line"/> points back to the source file.
/// </summary>
public sealed record CanonicalPetition(
    long Line,
    string Radicado,
    PetitionType Type,
    Channel Channel,
    string DependencyName,
    string DependencyKey,
    bool DependencyKnown,
    string? TopicName,
    string? TopicKey,
    DateOnly FiledOn,
    DateOnly? AnsweredOn,
    int? TermDays,
    PetitionTerms Terms,
    DateOnly? SourceDueOn,
    bool Transferred,
    string? PetitionerType,
    string? PetitionerHash)
{
    /// <summary>True when the source system's own due date differs from the one the law gives.</summary>
    public bool DueDateDisagrees => SourceDueOn is { } source && Terms.EffectiveDueOn is { } ours && source != ours;

    /// <summary>What <c>fct_petition.outcome_code</c> stores for it (migration 0007), for the bulk writers.</summary>
    public int OutcomeCode => PetitionOutcome.Code(TermDays, Terms.EffectiveDueOn, AnsweredOn, Terms.BusinessDaysToAnswer);
}

/// <summary>A channel of reception: one of the canonical six, or a value kept as it came and reported.</summary>
public sealed record Channel(string Code, string Name, bool Known);
