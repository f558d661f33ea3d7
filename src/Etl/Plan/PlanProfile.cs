using System.Text.Json.Serialization;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>
/// How a development plan's workbook (plan indicativo, DNP's SisPT export or the entity's own follow-up book) maps onto
/// plan goals. Clerks write it as JSON with Spanish keys (docs/plan-de-desarrollo.md); load it with
/// <see cref="PlanProfiles.Load"/>, which validates it.
/// </summary>
public sealed record PlanProfile : SourceFileProfile
{
    /// <summary>Always "plan": the dataset this profile feeds.</summary>
    [JsonPropertyName("tipo")]
    public string Kind { get; init; } = "";

    /// <summary>First and last year of the government period the plan covers, e.g. [2024, 2027].</summary>
    [JsonPropertyName("cuatrienio")]
    public IReadOnlyList<int> Cuatrienio { get; init; } = [];

    /// <summary>Plan field (see <see cref="PlanFields"/>) to the source column header; a null value maps nothing.</summary>
    [JsonPropertyName("columnas")]
    public IReadOnlyDictionary<string, string?> Columns { get; init; } = new Dictionary<string, string?>();

    /// <summary>Period ("2024" or "2024-T1") to the column with the value programmed for it.</summary>
    [JsonPropertyName("programado")]
    public IReadOnlyDictionary<string, string> Programmed { get; init; } = new Dictionary<string, string>();

    /// <summary>Period to the column with the value achieved in it.</summary>
    [JsonPropertyName("ejecutado")]
    public IReadOnlyDictionary<string, string> Achieved { get; init; } = new Dictionary<string, string>();

    /// <summary>Plan field to a table of source values: "tipo_acumulacion": {"I": "incremento"}.</summary>
    [JsonPropertyName("valores")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    [JsonPropertyName("alias_dependencias")]
    public IReadOnlyDictionary<string, string> DependencyAliases { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("programacion")]
    public string? Schedule { get; init; }

    [JsonIgnore]
    public int FirstYear => Cuatrienio.Count > 0 ? Cuatrienio[0] : 0;

    [JsonIgnore]
    public int LastYear => Cuatrienio.Count > 1 ? Cuatrienio[1] : 0;

    /// <summary>The header mapped to a plan field, or null when the profile leaves the field out.</summary>
    public string? ColumnOf(string field) =>
        Columns.TryGetValue(field, out var header) && !string.IsNullOrWhiteSpace(header) ? header : null;

    /// <summary>
    /// A follow-up file: it maps the goal id and achieved values only (no goal text), so it updates goals an earlier
    /// plan workbook loaded instead of defining them.
    /// </summary>
    [JsonIgnore]
    public bool IsFollowUp => ColumnOf(PlanFields.Meta) is null;
}
