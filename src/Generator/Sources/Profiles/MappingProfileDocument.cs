namespace IndicadoresServicio.Generator.Sources.Profiles;

/// <summary>
/// A mapping profile as the ETL's contract spells it (see the keys in <see cref="ProfileJson"/>). Tables are lists
/// of pairs rather than dictionaries so that the JSON comes out in the same order every time.
/// </summary>
internal sealed record MappingProfileDocument(
    string Source,
    string Entity,
    string Format,
    string? Encoding,
    string? Delimiter,
    string? Sheet,
    int? HeaderRow,
    IReadOnlyList<string> DateFormats,
    IReadOnlyList<KeyValuePair<string, string>> Columns,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, string>>>> Values,
    IReadOnlyList<KeyValuePair<string, string>> DependencyAliases,
    IReadOnlyList<string> PersonalData,
    IReadOnlyList<DateOnly> NonWorkingDays);
