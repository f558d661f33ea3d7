using System.Text.Json;

namespace IndicadoresServicio.Generator.Tests.Support;

/// <summary>A written mapping profile, read back as plain JSON (the ETL's own loader lives elsewhere).</summary>
public sealed class Profile
{
    private Profile(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public static Profile Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new Profile(document.RootElement.Clone());
    }

    public IReadOnlyList<string> Keys => Root.EnumerateObject().Select(p => p.Name).ToArray();

    public IReadOnlyDictionary<string, string> Columns => Table(Root.GetProperty("columnas"));

    public IReadOnlyDictionary<string, string> Values(string field) => Table(Root.GetProperty("valores").GetProperty(field));

    public IReadOnlyDictionary<string, string> DependencyAliases => Table(Root.GetProperty("alias_dependencias"));

    public IReadOnlyList<string> PersonalData => Root.GetProperty("datos_personales").EnumerateArray().Select(e => e.GetString()!).ToArray();

    public IReadOnlyList<string> NonWorkingDays => Root.GetProperty("dias_no_habiles").EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static Dictionary<string, string> Table(JsonElement table) =>
        table.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}
