using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndicadoresServicio.Etl.Profiles;

/// <summary>Reads mapping profiles from disk and refuses the ones that would load wrong data.</summary>
public static class MappingProfiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Clerks edit these files by hand: let them annotate and leave a trailing comma.
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // An explicit null for a list or table is a mistake worth reporting, not an empty list.
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter<SourceFormat>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads and validates a profile. Throws <see cref="ProfileException"/> with a Spanish message naming the file.</summary>
    public static MappingProfile Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ProfileException(path, $"No existe el perfil de mapeo '{path}'.");

        var bytes = ReadBytes(path, name);
        using var document = ParseSyntax(path, name, bytes);
        var profile = Bind(path, name, bytes);

        var errors = ProfileRules.Check(profile, document.RootElement);
        if (errors.Count > 0)
            throw new ProfileException(path, $"El perfil '{name}' tiene errores:" +
                string.Concat(errors.Select(e => $"{Environment.NewLine}- {e}")));
        return profile;
    }

    private static byte[] ReadBytes(string path, string name)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException(path, $"No se pudo leer el perfil '{name}': está bloqueado por otro programa o no hay permiso.", e);
        }
    }

    private static JsonDocument ParseSyntax(string path, string name, byte[] bytes)
    {
        try
        {
            var document = JsonDocument.Parse(WithoutBom(bytes), DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new ProfileException(path, $"El perfil '{name}' debe ser un objeto JSON entre llaves {{ }}.");
            }
            return document;
        }
        catch (JsonException e)
        {
            throw new ProfileException(path,
                $"El perfil '{name}' no es JSON válido: hay un error de sintaxis en la {Where(bytes, e)}. " +
                "Revise comas, comillas y llaves cerca de ese punto.", e);
        }
    }

    private static MappingProfile Bind(string path, string name, byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<MappingProfile>(WithoutBom(bytes).Span, Options)
                ?? throw new ProfileException(path, $"El perfil '{name}' está vacío.");
        }
        catch (JsonException e)
        {
            var key = ReadableKey(e.Path);
            throw new ProfileException(path,
                $"El perfil '{name}': el valor de '{key}' no es válido ({Where(bytes, e)}). {HintFor(key)}".TrimEnd(), e);
        }
    }

    private static string HintFor(string key) => key switch
    {
        "formato" => "Use \"csv\", \"xlsx\" o \"postgres\".",
        "hash_peticionario" => "Use true o false, sin comillas.",
        "fila_encabezado" => "Use un número entero, sin comillas, o null.",
        _ when key.StartsWith("dias_no_habiles", StringComparison.Ordinal) => "Escriba cada día como \"AAAA-MM-DD\", por ejemplo \"2024-03-26\".",
        _ when key.StartsWith("valores", StringComparison.Ordinal) => "Cada campo lleva una tabla {\"valor en la fuente\": \"valor canónico\"}.",
        _ => "Revise el tipo: texto entre comillas, lista entre [ ] o tabla entre { }.",
    };

    private static string ReadableKey(string? jsonPath) =>
        (jsonPath ?? "$").TrimStart('$').TrimStart('.') is { Length: > 0 } key ? key : "(raíz)";

    // JsonException counts lines from 0 and bytes, not characters; clerks count lines from 1 and characters.
    private static string Where(byte[] bytes, JsonException e)
    {
        if (e.LineNumber is not { } line)
            return "posición desconocida";
        var lines = Encoding.UTF8.GetString(WithoutBom(bytes).Span).Split('\n');
        var column = e.BytePositionInLine ?? 0;
        if (line < lines.Length)
        {
            var lineBytes = Encoding.UTF8.GetBytes(lines[line]);
            column = Encoding.UTF8.GetCharCount(lineBytes, 0, (int)Math.Min(column, lineBytes.Length));
        }
        return $"línea {line + 1}, columna {column + 1}";
    }

    private static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
}
