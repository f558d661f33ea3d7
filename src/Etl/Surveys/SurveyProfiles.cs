using System.Text.Json;
using System.Text.Json.Serialization;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>Reads survey profiles from disk and refuses the ones that would load wrong figures.</summary>
public static class SurveyProfiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter<SourceFormat>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>The "tipo" values that make a profile a survey profile.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["encuesta", "encuestas"];


    /// <summary>Loads and validates a survey profile. Throws <see cref="ProfileException"/> with every problem, in Spanish.</summary>
    public static SurveyProfile Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ProfileException(path, $"No existe el perfil de encuesta '{path}'.");
        SurveyProfile profile;
        bool formatWritten;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
            using (var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
                formatWritten = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("formato", out _);
            profile = JsonSerializer.Deserialize<SurveyProfile>(text.Span, Options)
                ?? throw new ProfileException(path, $"El perfil '{name}' está vacío.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (línea {line + 1})" : "";
            throw new ProfileException(path, $"El perfil '{name}' no es válido{where}: revise comas, comillas, llaves y el tipo de cada valor ({e.Path?.TrimStart('$', '.')}).", e);
        }
        catch (IOException e)
        {
            throw new ProfileException(path, $"No se pudo leer el perfil '{name}': está bloqueado por otro programa o no hay permiso.", e);
        }

        var errors = new List<string>();
        if (!formatWritten)
            errors.Add("Falta \"formato\": use \"csv\" o \"xlsx\".");
        var scales = SurveyProfileRules.Check(profile, errors);
        if (errors.Count > 0)
            throw new ProfileException(path, $"El perfil de encuesta '{name}' tiene errores:" +
                string.Concat(errors.Select(e => $"{Environment.NewLine}- {e}")));
        return profile with { Scales = scales };
    }

    /// <summary>
    /// The reading half of a survey profile as a <see cref="MappingProfile"/>, so surveys go through the same readers as
    /// petitions (encoding and delimiter detection, personal data dropped before anything sees a row). The header is
    /// found by the "respondida_el" column, which every survey export has.
    /// </summary>
    public static MappingProfile ReadingProfile(SurveyProfile profile) => new()
    {
        Source = profile.Source,
        Entity = profile.Entity,
        Format = profile.Format,
        Encoding = profile.Encoding,
        Delimiter = profile.Delimiter,
        Sheet = profile.Sheet,
        HeaderRow = profile.HeaderRow,
        DateFormats = profile.DateFormats,
        // The readers look for the header line by the radicado column; a survey's anchor is its date.
        Columns = new Dictionary<string, string> { [CanonicalFields.Radicado] = profile.Columns.GetValueOrDefault(SurveyFields.RespondidaEl) ?? "" },
        PersonalDataColumns = [.. profile.PersonalDataColumns, .. AlwaysPersonal(profile)],
    };

    /// <summary>
    /// Columns the form tools themselves add with who answered (Microsoft Forms' "Correo electrónico" and "Nombre",
    /// Google Forms' collected address, LimeSurvey's "ipaddr"): dropped even when a profile forgets to list them,
    /// unless the profile reads that column for something else.
    /// </summary>
    public static IReadOnlyList<string> KnownPersonalColumns { get; } =
        ["Correo electrónico", "Dirección de correo electrónico", "Nombre", "ipaddr"];

    private static IEnumerable<string> AlwaysPersonal(SurveyProfile profile)
    {
        var used = profile.Columns.Values.Concat(profile.Questions.Select(q => q.Column)).Concat(profile.CommentColumns)
            .Concat(profile.PersonalDataColumns).ToList();
        return KnownPersonalColumns.Where(k => !used.Any(u => Sources.HeaderText.SameHeader(u ?? "", k)));
    }
}
