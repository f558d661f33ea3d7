using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>The canonical channels of reception (<see cref="ReceptionChannels"/>) as the mapping finds them, and the
/// member for a blank cell.</summary>
public static class Channels
{
    public static readonly Channel Unknown = new(ReceptionChannels.Unknown.Code, ReceptionChannels.Unknown.Name, true);

    public static IReadOnlyList<Channel> Canonical { get; } =
        ReceptionChannels.Canonical.Select(c => new Channel(c.Code, c.Name, true)).ToList();

    private static readonly Dictionary<string, Channel> ByKey = Canonical
        .SelectMany(c => new[] { (Key: TextKey.Fold(c.Code), Channel: c), (Key: TextKey.Fold(c.Name), Channel: c) })
        .DistinctBy(p => p.Key)
        .ToDictionary(p => p.Key, p => p.Channel);

    /// <summary>A canonical channel by its code or Spanish name (accents and case folded), or null.</summary>
    public static Channel? Find(string text) => FindFolded(TextKey.Fold(text));

    public static Channel? FindFolded(string folded) => ByKey.GetValueOrDefault(folded);

    /// <summary>A value no profile maps: kept as its own member (not dropped) and reported as unknown.</summary>
    public static Channel Unmapped(string text) => new("otro-" + TextKey.Slug(text), text.Trim(), false);
}
