using System.Text.Json;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Core.Paac;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>Reads PAAC profiles and refuses the ones that would load wrong data, naming every problem at once.</summary>
public static class PaacProfiles
{
    public const string Kind = "paac";

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Loads and validates a profile; a <see cref="ProfileException"/> says in Spanish what to fix.</summary>
    public static PaacProfile Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ProfileException(path, $"No existe el perfil '{path}'.");
        PaacProfile profile;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var span = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes.AsSpan();
            profile = JsonSerializer.Deserialize<PaacProfile>(span, Options)
                ?? throw new ProfileException(path, $"El perfil '{name}' está vacío.");
        }
        catch (JsonException e)
        {
            var key = (e.Path ?? "$").TrimStart('$', '.');
            throw new ProfileException(path,
                $"El perfil '{name}': el valor de '{key}' no es válido (línea {(e.LineNumber ?? 0) + 1}). {HintFor(key)}".TrimEnd(), e);
        }
        var errors = Check(profile);
        if (errors.Count > 0)
            throw new ProfileException(path, $"El perfil '{name}' tiene errores:" + string.Concat(errors.Select(e => $"{Environment.NewLine}- {e}")));
        return profile;
    }

    private static string HintFor(string key) => key switch
    {
        _ when key.StartsWith("seguimientos", StringComparison.Ordinal) =>
            "Cada seguimiento es {\"corte\": \"AAAA-MM-DD\", \"avance\": \"encabezado\", \"observaciones\": \"encabezado\"}.",
        _ when key.StartsWith("valores", StringComparison.Ordinal) => "\"valores.avance\" traduce palabras a números: {\"Cumplida\": 100}.",
        "corte" => "Escriba la fecha de corte como \"AAAA-MM-DD\", por ejemplo \"2024-08-31\".",
        "vigencia" or "fila_encabezado" or "filas_encabezado" => "Use un número entero, sin comillas.",
        _ => "Revise el tipo: texto entre comillas, número sin comillas, lista entre [ ] o tabla entre { }.",
    };

    /// <summary>Every rule a usable profile follows, as Spanish sentences.</summary>
    public static List<string> Check(PaacProfile profile)
    {
        var errors = new List<string>();
        if (TextKey.Fold(profile.Kind) != Kind)
            errors.Add("\"tipo\" debe ser \"paac\" en un perfil de plan anticorrupción (PAAC o PTEP).");
        if (string.IsNullOrWhiteSpace(profile.Source))
            errors.Add("Falta \"fuente\": el nombre corto de la fuente, por ejemplo \"paac\".");
        if (string.IsNullOrWhiteSpace(profile.Entity))
            errors.Add("Falta \"entidad\": el nombre de la entidad dueña del plan.");
        if (TextKey.Fold(profile.Format) != "xlsx")
            errors.Add("\"formato\" debe ser \"xlsx\": los planes y sus seguimientos se leen de libros de Excel.");
        if (PlanCode(profile.Plan) is null)
            errors.Add($"\"plan\" debe ser \"{PaacComponents.Paac}\" o \"{PaacComponents.Ptep}\".");
        if (profile.Vigencia is { } year && year is < 2000 or > 2100)
            errors.Add($"\"vigencia\" ({year}) no parece un año.");
        if (profile.HeaderRows is < 1 or > 2)
            errors.Add("\"filas_encabezado\" debe ser 1 o 2.");
        if (profile.HeaderRow is < 1)
            errors.Add("\"fila_encabezado\" cuenta desde 1.");
        if (!PaacComponentSource.All.Contains(TextKey.Fold(profile.ComponentFrom)))
            errors.Add("\"componente_de\" debe ser \"titulo\", \"hoja\" o \"columna\".");

        foreach (var (field, header) in profile.Columns)
            if (!PaacFields.All.Contains(field))
                errors.Add($"\"columnas.{field}\" no es un campo conocido. Campos: {string.Join(", ", PaacFields.All)}.");
            else if (string.IsNullOrWhiteSpace(header))
                errors.Add($"\"columnas.{field}\" está vacío: escriba el encabezado de la columna o quite la línea.");
        if (!profile.Columns.ContainsKey(PaacFields.ActivityId) && !profile.Columns.ContainsKey(PaacFields.Activity))
            errors.Add("Falta \"columnas.actividad_id\" (el número de la actividad) o \"columnas.actividad\" (su texto, si empieza por el número).");
        if (TextKey.Fold(profile.ComponentFrom) == PaacComponentSource.Column && !profile.Columns.ContainsKey(PaacFields.Component))
            errors.Add("Con \"componente_de\": \"columna\" falta \"columnas.componente\".");

        if (profile.IsFollowUpOnly)
        {
            if (profile.CutOff is null || !profile.Columns.ContainsKey(PaacFields.Progress))
                errors.Add("Un archivo de seguimiento (sin \"columnas.actividad\") necesita \"corte\" y \"columnas.avance\".");
            if (!profile.Columns.ContainsKey(PaacFields.ActivityId))
                errors.Add("Un archivo de seguimiento necesita \"columnas.actividad_id\": el número de cada actividad.");
        }
        else if (profile.CutOff is not null && !profile.Columns.ContainsKey(PaacFields.Progress))
            errors.Add("Con \"corte\" falta \"columnas.avance\": la columna del avance a ese corte.");
        if (profile.CutOff is null && profile.Columns.ContainsKey(PaacFields.Progress))
            errors.Add("\"columnas.avance\" necesita \"corte\"; para varios cortes en el mismo libro use \"seguimientos\".");

        var cutOffs = profile.AllFollowUps.Select(f => f.CutOff).ToList();
        foreach (var repeated in cutOffs.GroupBy(c => c).Where(g => g.Count() > 1))
            errors.Add($"El corte {repeated.Key:yyyy-MM-dd} está repetido en \"seguimientos\".");
        foreach (var followUp in profile.FollowUps)
            if (string.IsNullOrWhiteSpace(followUp.Progress))
                errors.Add($"El seguimiento con corte {followUp.CutOff:yyyy-MM-dd} no dice la columna de \"avance\".");
        if (profile.Vigencia is { } vigencia)
            foreach (var cutOff in cutOffs.Where(c => c.Year != vigencia && !(c.Year == vigencia + 1 && c.Month == 1)))
                errors.Add($"El corte {cutOff:yyyy-MM-dd} no es de la vigencia {vigencia}.");

        foreach (var (field, _) in profile.Values)
            if (field != PaacFields.Progress)
                errors.Add($"\"valores.{field}\": en un perfil PAAC solo se traducen valores de \"avance\".");
        foreach (var (word, number) in profile.Values.GetValueOrDefault(PaacFields.Progress) ?? new Dictionary<string, double>())
            if (number is < 0 or > 100)
                errors.Add($"\"valores.avance\" traduce «{word}» a {number}, fuera de 0 a 100.");
        foreach (var (alias, official) in profile.DependencyAliases)
            if (string.IsNullOrWhiteSpace(alias) || string.IsNullOrWhiteSpace(official))
                errors.Add("\"alias_dependencias\" tiene un nombre vacío; cada alias y cada nombre oficial deben tener texto.");
        return errors;
    }

    /// <summary>"PAAC" or "PTEP" however typed, or null.</summary>
    public static string? PlanCode(string? plan) => TextKey.Fold(plan ?? "") switch
    {
        "paac" => PaacComponents.Paac,
        "ptep" => PaacComponents.Ptep,
        _ => null,
    };
}
