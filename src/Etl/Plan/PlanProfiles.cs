using System.Text.Json;
using System.Text.Json.Serialization;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Indicators.Plan;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>Reads plan profiles and refuses the ones that would load wrong goals, every problem said at once in Spanish.</summary>
public static class PlanProfiles
{
    public const string Kind = "plan";

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter<SourceFormat>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };


    public static PlanProfile Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ProfileException(path, $"No existe el perfil del plan '{path}'.");
        PlanProfile profile;
        try
        {
            profile = JsonSerializer.Deserialize<PlanProfile>(File.ReadAllBytes(path).AsMemory().TrimBom().Span, Options)
                ?? throw new ProfileException(path, $"El perfil '{name}' está vacío.");
        }
        catch (JsonException e)
        {
            var key = (e.Path ?? "$").TrimStart('$').TrimStart('.');
            throw new ProfileException(path,
                $"El perfil '{name}' no es válido cerca de la línea {(e.LineNumber ?? 0) + 1}" +
                (key.Length > 0 ? $" (clave «{key}»)" : "") + ". Revise comas, comillas, llaves y el tipo de cada valor.", e);
        }
        var errors = Check(profile);
        if (errors.Count > 0)
            throw new ProfileException(path, $"El perfil '{name}' tiene errores:" +
                string.Concat(errors.Select(e => $"{Environment.NewLine}- {e}")));
        return profile;
    }

    private static List<string> Check(PlanProfile profile)
    {
        var errors = new List<string>();
        if (TextKey.Fold(profile.Kind) != Kind)
            errors.Add("\"tipo\" debe ser \"plan\".");
        if (string.IsNullOrWhiteSpace(profile.Source))
            errors.Add("Falta \"fuente\": el nombre corto de la fuente, por ejemplo \"pdm\".");
        if (string.IsNullOrWhiteSpace(profile.Entity))
            errors.Add("Falta \"entidad\": el nombre de la entidad dueña del plan.");
        if (profile.Format is not (SourceFormat.Csv or SourceFormat.Xlsx))
            errors.Add("\"formato\" debe ser \"xlsx\" o \"csv\".");
        if (profile.HeaderRow is < 1)
            errors.Add("\"fila_encabezado\" debe ser un número de fila desde 1, o null para encontrarla.");
        if (profile.Cuatrienio.Count != 2 || profile.FirstYear < 2000 || profile.LastYear < profile.FirstYear || profile.LastYear > 2100)
            errors.Add("\"cuatrienio\" debe ser [año inicial, año final], por ejemplo [2024, 2027].");

        foreach (var (field, header) in profile.Columns)
        {
            if (!PlanFields.All.Contains(field))
                errors.Add($"\"columnas.{field}\" no es un campo del plan. Los campos posibles son: {string.Join(", ", PlanFields.All)}.");
            else if (header is not null && string.IsNullOrWhiteSpace(header))
                errors.Add($"\"columnas.{field}\" está vacío: escriba el encabezado de la columna, o null.");
        }
        if (profile.ColumnOf(PlanFields.MetaId) is null)
            errors.Add("Falta \"columnas.meta_id\": el encabezado de la columna con el código de la meta.");
        if (profile.IsFollowUp && profile.Achieved.Count == 0)
            errors.Add("El perfil no tiene \"columnas.meta\" (un archivo de seguimiento) ni \"ejecutado\": no hay nada que cargar.");

        Periods(profile, "programado", profile.Programmed, errors);
        Periods(profile, "ejecutado", profile.Achieved, errors);

        foreach (var (field, table) in profile.Values)
        {
            if (field != PlanFields.TipoAcumulacion)
                errors.Add($"\"valores.{field}\" no se usa; solo se traducen valores de \"tipo_acumulacion\".");
            else
                foreach (var (code, type) in table)
                    if (AccumulationTypes.Find(type) is null)
                        errors.Add($"\"valores.tipo_acumulacion\": «{code}» se traduce a «{type}», que no es un tipo de acumulación ({string.Join(", ", AccumulationTypes.All.Select(AccumulationTypes.SpanishName))}).");
        }

        var used = profile.Columns.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => (Key: $"columnas.{c.Key}", Header: c.Value!))
            .Concat(profile.Programmed.Select(p => (Key: $"programado.{p.Key}", Header: p.Value)))
            .Concat(profile.Achieved.Select(p => (Key: $"ejecutado.{p.Key}", Header: p.Value)));
        foreach (var group in used.GroupBy(u => u.Header, HeaderText.Comparer).Where(g => g.Count() > 1))
            errors.Add($"La columna \"{group.Key}\" está asignada a varios campos ({string.Join(", ", group.Select(g => g.Key))}); cada columna alimenta un solo dato.");
        return errors;
    }

    private static void Periods(PlanProfile profile, string key, IReadOnlyDictionary<string, string> map, List<string> errors)
    {
        foreach (var (text, header) in map)
        {
            if (!PlanPeriod.TryParse(text, out var period))
                errors.Add($"\"{key}\": el periodo «{text}» no se entiende; use \"2024\" para un año o \"2024-T1\" a \"2024-T4\" para un trimestre.");
            else if (profile.Cuatrienio.Count == 2 && (period.Year < profile.FirstYear || period.Year > profile.LastYear))
                errors.Add($"\"{key}\": el periodo «{text}» está fuera del cuatrienio {profile.FirstYear}-{profile.LastYear}.");
            if (string.IsNullOrWhiteSpace(header))
                errors.Add($"\"{key}.{text}\" está vacío: escriba el encabezado de la columna.");
        }
    }

    private static ReadOnlyMemory<byte> TrimBom(this Memory<byte> bytes) =>
        bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
}
