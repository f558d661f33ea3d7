namespace IndicadoresServicio.Core.Terms;

/// <summary>
/// The terms computed for one petition. <see cref="EffectiveDueOn"/> is the one the status uses: the extended due
/// date when the extension is valid, the original one otherwise. <see cref="ExtensionValid"/> and
/// <see cref="ExtensionProblem"/> are null when there is no extension. All dates are null for felicitaciones.
/// </summary>
public sealed record PetitionTerms(
    DateOnly? DueOn,
    DateOnly? ExtendedDueOn,
    bool? ExtensionValid,
    string? ExtensionProblem,
    DateOnly? EffectiveDueOn,
    int? BusinessDaysToAnswer);
