using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Sources.Profiles;

/// <summary>Builds the "valores" tables of a profile from a source's own label functions, so they cannot drift apart.</summary>
internal static class CanonicalValues
{
    public static IReadOnlyList<KeyValuePair<string, string>> Table<T>(
        IEnumerable<T> canonical, Func<T, IEnumerable<string>> labelsOf, Func<T, string> codeOf) =>
        canonical
            .SelectMany(value => labelsOf(value).Select(label => KeyValuePair.Create(label, codeOf(value))))
            .DistinctBy(pair => pair.Key)
            .ToArray();

    public static IReadOnlyList<KeyValuePair<string, string>> Types(Func<PetitionType, IEnumerable<string>> labelsOf) =>
        Table(PetitionTypes.All, labelsOf, PetitionTypes.Code);

    public static IReadOnlyList<KeyValuePair<string, string>> Channels(Func<Channel, IEnumerable<string>> labelsOf) =>
        Table(Generator.Channels.All, labelsOf, Generator.Channels.Code);

    public static IReadOnlyList<KeyValuePair<string, string>> Petitioners(Func<PetitionerType, IEnumerable<string>> labelsOf) =>
        Table(Enum.GetValues<PetitionerType>(), labelsOf, PetitionerTypes.Code);

    public static IReadOnlyList<KeyValuePair<string, string>> YesNo(string yes, string no) =>
        [KeyValuePair.Create(yes, "si"), KeyValuePair.Create(no, "no")];
}
