using System.Security.Cryptography;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>The single entry point for reading a source file with its mapping profile.</summary>
public static class SourceFiles
{
    private static readonly Dictionary<string, SourceFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = SourceFormat.Csv,
        [".txt"] = SourceFormat.Csv,
        [".tsv"] = SourceFormat.Csv,
        [".xlsx"] = SourceFormat.Xlsx,
    };

    /// <summary>
    /// Opens <paramref name="path"/> with the reader the profile's "formato" names. A known extension that
    /// contradicts the profile is refused rather than guessed at; an unknown extension trusts the profile.
    /// <paramref name="petitionerSalt"/> is the configured secret, required when the profile hashes petitioners.
    /// </summary>
    public static SourceTable Open(string path, MappingProfile profile, string? petitionerSalt = null)
    {
        SourceFileChecks.RequireExisting(path);
        var file = Path.GetFileName(path);
        var extension = Path.GetExtension(path);

        if (profile.Format == SourceFormat.Postgres)
            throw new SourceException(path, $"El perfil '{profile.Source}' es de formato \"postgres\": lee de una base de datos, no del archivo '{file}'.");
        if (extension.Equals(".xls", StringComparison.OrdinalIgnoreCase))
            throw new SourceException(path, $"'{file}' es un libro de Excel antiguo (.xls). Ábralo en Excel y guárdelo como .xlsx.");
        if (Extensions.TryGetValue(extension, out var byExtension) && byExtension != profile.Format)
            throw new SourceException(path,
                $"'{file}' parece {Describe(byExtension)} por su extensión, pero el perfil '{profile.Source}' dice \"formato\": \"{Name(profile.Format)}\". Use el perfil correcto o corrija el formato.");

        return profile.Format == SourceFormat.Xlsx
            ? XlsxSource.Open(path, profile, petitionerSalt)
            : CsvSource.Open(path, profile, petitionerSalt);
    }

    /// <summary>Lower-case hex SHA-256 of the file's bytes; the run log records it to tell re-sent files apart.</summary>
    public static string Sha256Of(string path)
    {
        SourceFileChecks.RequireExisting(path);
        using var stream = SourceFileChecks.OpenShared(path, 1024 * 1024);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Name(SourceFormat format) => format.ToString().ToLowerInvariant();

    private static string Describe(SourceFormat format) =>
        format == SourceFormat.Xlsx ? "un libro de Excel (xlsx)" : "un archivo de texto delimitado (csv)";
}
