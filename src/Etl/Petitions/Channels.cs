using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>The six canonical channels of reception (indicator catalogue) and the member for a blank cell.</summary>
public static class Channels
{
    public static readonly Channel Unknown = new("sin_dato", "Sin dato", true);

    public static IReadOnlyList<Channel> Canonical { get; } =
    [
        new("presencial", "Presencial", true),
        new("telefonico", "Telefónico", true),
        new("virtual", "Virtual / web", true),
        new("correo", "Correo electrónico", true),
        new("escrito", "Escrito / correspondencia", true),
        new("redes", "Redes sociales", true),
    ];

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
