using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Terms;
using System.Globalization;
using System.Text.Json;
using IndicadoresServicio.Etl.Sources;
using Quartz;

namespace IndicadoresServicio.Etl.Profiles;

/// <summary>
/// What makes a profile usable. Every rule returns a Spanish sentence for the clerk; all of them
/// are reported together so a profile can be fixed in one pass.
/// </summary>
internal static class ProfileRules
{
    public static List<string> Check(MappingProfile profile, JsonElement json)
    {
        var errors = new List<string>();
        RequiredKeys(profile, json, errors);
        Columns(profile, errors);
        Values(profile, errors);
        DateFormats(profile, errors);
        TextOptions(profile, errors);
        PersonalData(profile, errors);
        Postgres(profile, errors);
        return errors;
    }

    private static void RequiredKeys(MappingProfile profile, JsonElement json, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(profile.Source))
            errors.Add("Falta \"fuente\": el nombre corto de la fuente, por ejemplo \"ventanilla-unica\".");
        if (string.IsNullOrWhiteSpace(profile.Entity))
            errors.Add("Falta \"entidad\": el nombre de la entidad dueña de las peticiones.");
        // The enum has a default value, so only the JSON itself tells whether "formato" was written.
        if (!json.TryGetProperty("formato", out _))
            errors.Add("Falta \"formato\": use \"csv\", \"xlsx\" o \"postgres\".");
        foreach (var field in CanonicalFields.Required)
            if (!profile.Columns.TryGetValue(field, out var header) || string.IsNullOrWhiteSpace(header))
                errors.Add($"Falta \"columnas.{field}\": el encabezado de la columna de la fuente que trae ese dato.");
    }

    private static void Columns(MappingProfile profile, List<string> errors)
    {
        foreach (var (field, header) in profile.Columns)
        {
            if (!CanonicalFields.All.Contains(field))
                errors.Add($"\"columnas.{field}\" no es un campo conocido. Los campos posibles son: {Known()}.");
            else if (header is null || (string.IsNullOrWhiteSpace(header) && !CanonicalFields.Required.Contains(field)))
                errors.Add($"\"columnas.{field}\" está vacío: escriba el encabezado de la columna o quite la línea.");
        }
        var repeated = profile.Columns
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .GroupBy(c => c.Value, HeaderText.Comparer)
            .Where(g => g.Count() > 1);
        foreach (var group in repeated)
            errors.Add($"La columna \"{group.Key}\" está asignada a varios campos ({string.Join(", ", group.Select(c => c.Key))}); cada columna alimenta un solo campo.");
    }

    private static void Values(MappingProfile profile, List<string> errors)
    {
        foreach (var (field, table) in profile.Values)
        {
            if (!CanonicalFields.All.Contains(field))
                errors.Add($"\"valores.{field}\" no es un campo conocido. Los campos posibles son: {Known()}.");
            else if (!profile.Columns.ContainsKey(field))
                errors.Add($"\"valores.{field}\" no sirve sin \"columnas.{field}\": diga de qué columna salen esos valores.");
            foreach (var (sourceValue, canonical) in table)
                if (string.IsNullOrWhiteSpace(canonical))
                    errors.Add($"\"valores.{field}\" traduce \"{sourceValue}\" a un valor vacío.");
                else if (field == CanonicalFields.Tipo && !PetitionTypes.TryParse(canonical, out _))
                    errors.Add($"\"valores.tipo\" traduce \"{sourceValue}\" a \"{canonical}\", que no es un tipo. Tipos: {string.Join(", ", PetitionTypes.All.Select(PetitionTypes.Code))}.");
                else if (field == CanonicalFields.Canal && Channels.Find(canonical) is null)
                    errors.Add($"\"valores.canal\" traduce \"{sourceValue}\" a \"{canonical}\", que no es un canal. Canales: {string.Join(", ", Channels.Canonical.Select(c => c.Code))}.");
        }
        foreach (var (alias, official) in profile.DependencyAliases)
            if (string.IsNullOrWhiteSpace(alias) || string.IsNullOrWhiteSpace(official))
                errors.Add("\"alias_dependencias\" tiene un nombre vacío; cada alias y cada nombre oficial deben tener texto.");
    }

    internal static void DateFormats(MappingProfile profile, List<string> errors)
    {
        foreach (var format in profile.DateFormats)
            if (!IsUsableDateFormat(format))
                errors.Add($"El formato de fecha \"{format}\" no es válido: debe incluir día, mes y año, por ejemplo \"dd/MM/yyyy\" o \"yyyy-MM-dd HH:mm\".");
    }

    // A pattern is usable when a known date survives formatting and parsing back with it; that
    // rejects broken patterns and also ones that lose the day, month or year.
    private static bool IsUsableDateFormat(string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
            return false;
        var sample = new DateTime(2024, 3, 27, 13, 45, 56);
        try
        {
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                && back.Date == sample.Date;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal static void TextOptions(MappingProfile profile, List<string> errors)
    {
        if (profile.Encoding is not null && !ProfileEncodings.TryResolve(profile.Encoding, out _))
            errors.Add($"\"codificacion\" \"{profile.Encoding}\" no se reconoce: use {ProfileEncodings.Accepted}, o null para detectarla.");
        if (profile.Delimiter is not null && profile.DelimiterChar is null)
            errors.Add($"\"separador\" \"{profile.Delimiter}\" no se reconoce: use \";\", \",\", \"tab\", o null para detectarlo.");
        if (profile.HeaderRow is < 1)
            errors.Add("\"fila_encabezado\" debe ser 1 o más (la primera fila es la 1), o null para detectarla.");
        if (profile.Schedule is not null && !CronExpression.TryParse(profile.Schedule, out _))
            errors.Add($"\"programacion\" \"{profile.Schedule}\" no es una expresión cron de Quartz válida, por ejemplo \"0 0 2 * * ?\" (todos los días a las 2 a. m.).");
    }

    private static void PersonalData(MappingProfile profile, List<string> errors)
    {
        if (profile.PersonalDataColumns.Any(string.IsNullOrWhiteSpace))
            errors.Add("\"datos_personales\" tiene un nombre de columna vacío.");
        if (profile.HashPetitioner && string.IsNullOrWhiteSpace(profile.PetitionerIdColumn))
            errors.Add("\"hash_peticionario\" está activo pero falta \"columna_id_peticionario\": diga qué columna trae el documento del peticionario.");

        // A document number is personal data: it may only enter as the reader's hash, never as written.
        if (profile.Columns.TryGetValue(CanonicalFields.IdPeticionario, out var idHeader)
            && !(profile.HashPetitioner && HeaderText.SameHeader(profile.PetitionerIdColumn ?? "", idHeader ?? "")))
            errors.Add($"\"columnas.{CanonicalFields.IdPeticionario}\" exige \"hash_peticionario\": true y la misma columna en \"columna_id_peticionario\"; el documento del peticionario no se guarda tal cual.");

        // A mapped column that is also personal data would silently arrive empty.
        foreach (var (field, header) in profile.Columns)
        {
            var hashedId = profile.HashPetitioner && profile.PetitionerIdColumn is { } id && HeaderText.SameHeader(id, header ?? "");
            if (!hashedId && profile.PersonalDataColumns.Any(p => HeaderText.SameHeader(p ?? "", header ?? "")))
                errors.Add($"\"columnas.{field}\" usa la columna \"{header}\", que está en \"datos_personales\" y se descarta al leer.");
        }
    }

    private static void Postgres(MappingProfile profile, List<string> errors)
    {
        if (profile.Format == SourceFormat.Postgres && string.IsNullOrWhiteSpace(profile.Query))
            errors.Add("El formato \"postgres\" necesita \"consulta\": la instrucción SQL que trae las peticiones.");
    }

    private static string Known() => string.Join(", ", CanonicalFields.All);
}
