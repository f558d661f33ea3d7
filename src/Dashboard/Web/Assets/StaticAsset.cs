using System.Reflection;
using System.Security.Cryptography;

namespace IndicadoresServicio.Dashboard.Web.Assets;

/// <summary>
/// A file the pages load, served from memory out of an assembly's resources (no wwwroot to ship or lose). Its URL
/// carries a hash of the content, so browsers may keep it for a year and still pick up a new release at once.
/// </summary>
public sealed class StaticAsset
{
    private StaticAsset(string path, string contentType, byte[] content)
    {
        Path = path;
        ContentType = contentType;
        Content = content;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
    }

    public string Path { get; }

    public string ContentType { get; }

    public byte[] Content { get; }

    public string ETag { get; }

    public string Url => $"{Path}?v={ETag.Trim('"')}";

    /// <summary>plotly.js 2.28.0 exactly as Plotly.NET 6 ships it inside its own assembly.</summary>
    public static StaticAsset Plotly { get; } = FromResource(typeof(Plotly.NET.GenericChart).Assembly, "Plotly.NET.plotly-2.28.0.min.js",
        "/js/plotly.min.js", "text/javascript; charset=utf-8");

    public static StaticAsset Script { get; } = FromResource(typeof(StaticAsset).Assembly, "Web/Assets/tablero.js",
        "/js/tablero.js", "text/javascript; charset=utf-8");

    public static StaticAsset Styles { get; } = FromResource(typeof(StaticAsset).Assembly, "Web/Assets/tablero.css",
        "/css/tablero.css", "text/css; charset=utf-8");

    /// <summary>Also spares the browser a request for /favicon.ico, which would end in a 404.</summary>
    public static StaticAsset Icon { get; } = FromResource(typeof(StaticAsset).Assembly, "Web/Assets/icono.svg",
        "/icono.svg", "image/svg+xml");

    public static IReadOnlyList<StaticAsset> All { get; } = [Plotly, Script, Styles, Icon];

    private static StaticAsset FromResource(Assembly assembly, string resource, string path, string contentType)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Falta el recurso {resource} en {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new StaticAsset(path, contentType, copy.ToArray());
    }
}
