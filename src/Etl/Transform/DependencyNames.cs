using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// The one rule that names a dependency from what a source typed, for every dataset (petitions, surveys, PAAC, plan
/// goals), so that one secretaría meets itself in one <c>dim_dependency</c> member: the text is folded (accents, case,
/// repeated spaces and line breaks); a profile alias («Sec. de Hacienda») gives the official name, and so does the
/// official name itself however it is written; otherwise the tidied text stands. With aliases, a name none of them
/// knows is news (<see cref="Named.Known"/> false); without any, the profile trusts the source's names.
/// The member's key is <see cref="TextKey.Fold"/> of the name.
/// </summary>
public sealed class DependencyNames
{
    private readonly ValueMap _aliases;
    private readonly Dictionary<string, string> _official;

    public DependencyNames(IReadOnlyDictionary<string, string> aliases)
    {
        _aliases = new ValueMap(aliases);
        _official = aliases.Values.GroupBy(TextKey.Fold).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>What a row without a dependency is counted under.</summary>
    public const string Missing = "Sin dependencia";

    public readonly record struct Named(string Name, bool Known);

    /// <summary>The official name for a text already folded with <see cref="TextKey.Fold"/>; null when no alias knows it.</summary>
    public string? OfficialFolded(string folded) => _aliases.FindFolded(folded) ?? _official.GetValueOrDefault(folded);

    /// <summary>Whether a name no alias knows is taken as it comes (the profile lists no aliases).</summary>
    public bool TrustsSource => _aliases.IsEmpty;

    /// <summary>The member a source text names.</summary>
    public Named Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new Named(Missing, false);
        return OfficialFolded(TextKey.Fold(text)) is { } official
            ? new Named(official, true)
            : new Named(TextKey.Tidy(text), TrustsSource);
    }
}
