namespace IndicadoresServicio.Core.Terms;

/// <summary>
/// What an export says about one petition that matters for its terms. An extension comes either as the extended
/// due date or as extra business days, and some exports also record when it was notified.
/// </summary>
public sealed record PetitionFacts(
    PetitionType Type,
    DateOnly FiledOn,
    DateOnly? AnsweredOn,
    DateOnly? ExtensionDueOn = null,
    int? ExtensionDays = null,
    DateOnly? ExtensionNotifiedOn = null);
