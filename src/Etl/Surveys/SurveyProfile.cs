using System.Text.Json;
using System.Text.Json.Serialization;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>
/// How one survey export maps onto responses and scored answers ("tipo": "encuesta"). Clerks write it as JSON with
/// Spanish keys (docs/encuestas.md); load it with <see cref="SurveyProfiles.Load"/>, which validates it and turns
/// <see cref="ScaleTables"/> into <see cref="Scales"/>.
/// </summary>
public sealed record SurveyProfile : SourceFileProfile
{
    [JsonPropertyName("tipo")]
    public string? Kind { get; init; }

    [JsonPropertyName("formatos_fecha")]
    public IReadOnlyList<string> DateFormats { get; init; } = [];

    /// <summary>The fixed dependency of a survey about one office; a mapped "columnas.dependencia" wins over it.</summary>
    [JsonPropertyName("dependencia")]
    public string? Dependency { get; init; }

    /// <summary>Response field (see <see cref="SurveyFields"/>) to the source column header.</summary>
    [JsonPropertyName("columnas")]
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("alias_dependencias")]
    public IReadOnlyDictionary<string, string> DependencyAliases { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("valores")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The scales as written: a table of labels to points (or null), or {"desde": lo, "hasta": hi}.</summary>
    [JsonPropertyName("escalas")]
    public IReadOnlyDictionary<string, JsonElement> ScaleTables { get; init; } = new Dictionary<string, JsonElement>();

    [JsonPropertyName("preguntas")]
    public IReadOnlyList<SurveyQuestion> Questions { get; init; } = [];

    /// <summary>Headers of free-text columns kept as comments, masked before storage.</summary>
    [JsonPropertyName("comentarios")]
    public IReadOnlyList<string> CommentColumns { get; init; } = [];

    [JsonPropertyName("datos_personales")]
    public IReadOnlyList<string> PersonalDataColumns { get; init; } = [];

    [JsonPropertyName("programacion")]
    public string? Schedule { get; init; }

    /// <summary>The scales by name, parsed and checked by <see cref="SurveyProfiles.Load"/>.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, SurveyScale> Scales { get; init; } = new Dictionary<string, SurveyScale>();
}

/// <summary>One scored question: the column it is in, its short code (the "pregunta" slice), its dimension and scale.</summary>
public sealed record SurveyQuestion
{
    [JsonPropertyName("columna")]
    public string Column { get; init; } = "";

    [JsonPropertyName("codigo")]
    public string Code { get; init; } = "";

    [JsonPropertyName("dimension")]
    public string? Dimension { get; init; }

    [JsonPropertyName("escala")]
    public string Scale { get; init; } = "";

    /// <summary>A 0-10 "would you recommend us" question, counted by SA-NPS.</summary>
    [JsonPropertyName("nps")]
    public bool Nps { get; init; }
}
