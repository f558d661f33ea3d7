using System.Text.Json;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Datasets;

/// <summary>
/// Reads only a profile's top-level <c>"tipo"</c>, before the dataset's own reader parses the rest. A file that is
/// missing or not valid JSON yields null here: the dataset's reader then reports it with its usual message.
/// </summary>
public static class ProfileKind
{
    private static readonly JsonDocumentOptions Options = new()
    {
        // Profiles are edited by hand, annotated and with trailing commas: read them as their own readers do.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The <c>"tipo"</c> in lower case, or null when the profile does not say (or cannot be read yet).</summary>
    public static string? Read(string profilePath)
    {
        JsonDocument document;
        try
        {
            var bytes = File.ReadAllBytes(profilePath);
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            document = JsonDocument.Parse(bytes.AsMemory(start), Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("tipo", out var kind) || kind.ValueKind == JsonValueKind.Null)
                return null;
            if (kind.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(kind.GetString()))
                throw new ProfileException(profilePath,
                    $"En el perfil '{Path.GetFileName(profilePath)}', \"tipo\" debe ser un texto como \"{DatasetProfiles.DefaultKind}\".");
            return kind.GetString()!.Trim().ToLowerInvariant();
        }
    }
}
