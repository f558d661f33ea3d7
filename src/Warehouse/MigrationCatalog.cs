using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Reads the migrations shipped from <c>sql/</c>: <c>sql/common/NNNN_name.sql</c> for both engines, and
/// <c>sql/duckdb/</c> or <c>sql/postgres/</c> for a step whose text differs, which replaces the common one
/// of the same number.
/// </summary>
public static partial class MigrationCatalog
{
    public static IReadOnlyList<Migration> For(WarehouseEngine engine)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var engineFolder = engine == WarehouseEngine.DuckDb ? "duckdb" : "postgres";
        var chosen = new SortedDictionary<int, Migration>();
        foreach (var (folder, resource, version, name) in Resources(assembly).OrderBy(r => r.Folder == "common" ? 0 : 1))
        {
            if (folder != "common" && folder != engineFolder)
                continue;
            chosen[version] = new Migration(version, name, Read(assembly, resource));
        }
        return chosen.Values.ToList();
    }

    private static IEnumerable<(string Folder, string Resource, int Version, string Name)> Resources(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (match.Success)
                yield return (match.Groups[1].Value, resource, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[3].Value);
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^sql[/\\](common|duckdb|postgres)[/\\](\d{4})_([\w-]+)\.sql$")]
    private static partial Regex MigrationName();
}
