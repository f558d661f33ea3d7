namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// A petition behind a figure, as of the request's cut-off: an answer after the cut-off does not show yet.
/// <see cref="Status"/> is one of <see cref="PetitionListing.Statuses"/>.
/// </summary>
public sealed record ListedPetition(
    string Entity,
    string Dependency,
    string Radicado,
    string Type,
    string Channel,
    string? Topic,
    DateOnly FiledOn,
    DateOnly? DueOn,
    DateOnly? AnsweredOn,
    int? BusinessDaysToAnswer,
    string Status);

/// <summary>A page of the petitions behind a figure: how many there are in all, and the first ones by filing date.</summary>
public sealed record PetitionPage(long Total, IReadOnlyList<ListedPetition> First);
