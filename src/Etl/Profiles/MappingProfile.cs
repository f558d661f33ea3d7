using System.Text.Json.Serialization;

namespace IndicadoresServicio.Etl.Profiles;

/// <summary>
/// How one source system's export maps onto canonical petitions. Clerks write it as JSON with
/// Spanish keys (see docs/mapping-profiles.md); load it with <see cref="MappingProfiles.Load"/>,
/// which validates it, rather than deserialising it directly.
/// </summary>
public sealed record MappingProfile : SourceFileProfile
{
    /// <summary>.NET custom date patterns tried in order, e.g. "dd/MM/yyyy HH:mm".</summary>
    [JsonPropertyName("formatos_fecha")]
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>Canonical field (see <see cref="CanonicalFields"/>) to the source column header.</summary>
    [JsonPropertyName("columnas")]
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>Canonical field to a table translating source values into canonical values.</summary>
    [JsonPropertyName("valores")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Source spelling of a dependency to the name the entity uses officially.</summary>
    [JsonPropertyName("alias_dependencias")]
    public IReadOnlyDictionary<string, string> DependencyAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Headers of columns holding personal data; readers drop them before anything else sees a row.</summary>
    [JsonPropertyName("datos_personales")]
    public IReadOnlyList<string> PersonalDataColumns { get; init; } = [];

    /// <summary>Entity-specific days off (beyond national holidays) that do not count towards legal terms.</summary>
    [JsonPropertyName("dias_no_habiles")]
    public IReadOnlyList<DateOnly> NonWorkingDays { get; init; } = [];

    /// <summary>When true the reader replaces <see cref="PetitionerIdColumn"/> by a salted hash, so repeat petitioners can be counted without keeping who they are.</summary>
    [JsonPropertyName("hash_peticionario")]
    public bool HashPetitioner { get; init; }

    /// <summary>Header of the column with the petitioner's document number.</summary>
    [JsonPropertyName("columna_id_peticionario")]
    public string? PetitionerIdColumn { get; init; }

    /// <summary>SQL that reads the petitions when <see cref="SourceFileProfile.Format"/> is postgres.</summary>
    [JsonPropertyName("consulta")]
    public string? Query { get; init; }

    /// <summary>Column whose highest loaded value marks where the next incremental postgres load resumes.</summary>
    [JsonPropertyName("columna_marca_agua")]
    public string? Watermark { get; init; }

    /// <summary>Connection string (or the name of one in configuration) for postgres sources.</summary>
    [JsonPropertyName("conexion")]
    public string? ConnectionString { get; init; }

    /// <summary>Quartz cron expression for scheduled loads; null means the source is loaded by hand.</summary>
    [JsonPropertyName("programacion")]
    public string? Schedule { get; init; }

    /// <summary>The delimiter as a character, or null when the profile leaves it to detection.</summary>
    [JsonIgnore]
    public char? DelimiterChar => ProfileDelimiters.TryParse(Delimiter, out var c) ? c : null;
}
