using System.Collections.Concurrent;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// Named SQL shipped from <c>sql/</c> that is not a migration (the ETL merge, the indicator marts). A script
/// holds several statements separated by a semicolon at the end of a line; they run one by one because
/// not every engine's driver takes several parameterised statements in one command.
/// </summary>
public static class SqlScripts
{
    // The scripts are resources of this assembly: they cannot change while it runs, so each is read once (the
    // dashboard measures many panels a second).
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Read = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Statements(string name) => Read.GetOrAdd(name, Load);

    private static IReadOnlyList<string> Load(string name)
    {
        var resource = $"sql/{name}";
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No existe el script SQL {resource} en el ensamblado.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().ReplaceLineEndings("\n");
        return text.Split(";\n")
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';'))
            .Where(s => s.Length > 0)
            .ToList();
    }
}
