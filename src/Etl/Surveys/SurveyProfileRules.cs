using System.Text.Json;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>What makes a survey profile usable; every rule adds a Spanish sentence so a profile is fixed in one pass.</summary>
internal static class SurveyProfileRules
{
    public static IReadOnlyDictionary<string, SurveyScale> Check(SurveyProfile profile, List<string> errors)
    {
        if (profile.Kind is { } kind && !SurveyProfiles.Kinds.Contains(kind.Trim().ToLowerInvariant()))
            errors.Add($"\"tipo\" es \"{kind}\": un perfil de encuesta lleva \"tipo\": \"encuesta\".");
        if (string.IsNullOrWhiteSpace(profile.Source))
            errors.Add("Falta \"fuente\": el nombre corto de la encuesta, por ejemplo \"encuesta-ventanilla\".");
        if (string.IsNullOrWhiteSpace(profile.Entity))
            errors.Add("Falta \"entidad\": el nombre de la entidad que aplica la encuesta.");
        if (profile.Format == SourceFormat.Postgres)
            errors.Add("Las encuestas se cargan de archivos: use \"formato\": \"csv\" o \"xlsx\".");
        Columns(profile, errors);
        var scales = Scales(profile, errors);
        Questions(profile, scales, errors);
        Personal(profile, errors);
        var reading = SurveyProfiles.ReadingProfile(profile);
        ProfileRules.DateFormats(reading, errors);
        ProfileRules.TextOptions(reading with { Schedule = profile.Schedule }, errors);
        return scales;
    }

    private static void Columns(SurveyProfile profile, List<string> errors)
    {
        if (!profile.Columns.TryGetValue(SurveyFields.RespondidaEl, out var date) || string.IsNullOrWhiteSpace(date))
            errors.Add($"Falta \"columnas.{SurveyFields.RespondidaEl}\": el encabezado de la columna con la fecha de la respuesta (en Google Forms, \"Marca temporal\").");
        foreach (var (field, header) in profile.Columns)
        {
            if (!SurveyFields.All.Contains(field))
                errors.Add($"\"columnas.{field}\" no es un campo de encuesta. Los campos posibles son: {string.Join(", ", SurveyFields.All)}.");
            else if (string.IsNullOrWhiteSpace(header))
                errors.Add($"\"columnas.{field}\" está vacío: escriba el encabezado de la columna o quite la línea.");
        }
        foreach (var (field, table) in profile.Values)
        {
            if (!SurveyFields.Translatable.Contains(field))
                errors.Add($"\"valores.{field}\" no se puede traducir; use {string.Join(" o ", SurveyFields.Translatable)}.");
            else if (!profile.Columns.ContainsKey(field))
                errors.Add($"\"valores.{field}\" no sirve sin \"columnas.{field}\".");
            foreach (var (source, canonical) in table)
                if (string.IsNullOrWhiteSpace(canonical))
                    errors.Add($"\"valores.{field}\" traduce \"{source}\" a un valor vacío.");
                else if (field == SurveyFields.Canal && Channels.Find(canonical) is null)
                    errors.Add($"\"valores.canal\" traduce \"{source}\" a \"{canonical}\", que no es un canal. Canales: {string.Join(", ", Channels.Canonical.Select(c => c.Code))}.");
        }
        foreach (var (alias, official) in profile.DependencyAliases)
            if (string.IsNullOrWhiteSpace(alias) || string.IsNullOrWhiteSpace(official))
                errors.Add("\"alias_dependencias\" tiene un nombre vacío; cada alias y cada nombre oficial deben tener texto.");
    }

    private static Dictionary<string, SurveyScale> Scales(SurveyProfile profile, List<string> errors)
    {
        var scales = new Dictionary<string, SurveyScale>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, json) in profile.ScaleTables)
            if (Scale(name, json, errors) is { } scale)
                scales[name] = scale;
        return scales;
    }

    private static SurveyScale? Scale(string name, JsonElement json, List<string> errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"La escala \"{name}\" debe ser una tabla {{\"etiqueta\": puntos}} o un rango {{\"desde\": 1, \"hasta\": 5}}.");
            return null;
        }
        var entries = json.EnumerateObject().ToList();
        var names = entries.Select(e => e.Name.ToLowerInvariant()).ToHashSet();
        if (names.SetEquals(["desde", "hasta"]))
        {
            if (json.GetProperty("desde").TryGetInt32(out var from) && json.GetProperty("hasta").TryGetInt32(out var to) && from < to)
                return SurveyScale.Range(name, from, to);
            errors.Add($"La escala \"{name}\" necesita \"desde\" y \"hasta\" enteros, con \"desde\" menor que \"hasta\".");
            return null;
        }
        var labels = new List<(string, int?)>();
        foreach (var entry in entries)
        {
            if (entry.Value.ValueKind == JsonValueKind.Null)
                labels.Add((entry.Name, null));
            else if (entry.Value.TryGetInt32(out var points))
                labels.Add((entry.Name, points));
            else
                errors.Add($"En la escala \"{name}\", \"{entry.Name}\" debe valer un número entero de puntos, o null si no cuenta (\"No sabe / No responde\").");
        }
        if (labels.Select(l => l.Item2).OfType<int>().Distinct().Count() < 2)
        {
            errors.Add($"La escala \"{name}\" necesita al menos dos etiquetas con puntos distintos.");
            return null;
        }
        return SurveyScale.Table(name, labels);
    }

    private static void Questions(SurveyProfile profile, IReadOnlyDictionary<string, SurveyScale> scales, List<string> errors)
    {
        if (profile.Questions.Count == 0)
            errors.Add("Falta \"preguntas\": al menos una pregunta calificada, con \"columna\", \"codigo\" y \"escala\".");
        foreach (var (question, i) in profile.Questions.Select((q, i) => (q, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(question.Column))
                errors.Add($"La pregunta {i} no tiene \"columna\": el encabezado de la columna con sus respuestas.");
            if (string.IsNullOrWhiteSpace(question.Code))
                errors.Add($"La pregunta {i} no tiene \"codigo\": un nombre corto como \"SAT\", que es como se desagrega por pregunta.");
            if (!scales.TryGetValue(question.Scale ?? "", out var scale))
            {
                if (!profile.ScaleTables.ContainsKey(question.Scale ?? ""))
                    errors.Add($"La pregunta \"{question.Code}\" usa la escala \"{question.Scale}\", que no está en \"escalas\".");
            }
            else if (question.Nps && (scale.Low != 0 || scale.High != 10))
                errors.Add($"La pregunta \"{question.Code}\" tiene \"nps\": true, que exige una escala de 0 a 10; la suya va de {scale.Low} a {scale.High}.");
        }
        foreach (var group in profile.Questions.Where(q => !string.IsNullOrWhiteSpace(q.Code)).GroupBy(q => q.Code.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"El código de pregunta \"{group.Key}\" está repetido; cada pregunta lleva el suyo.");
        var used = profile.Columns.Values.Concat(profile.Questions.Select(q => q.Column)).Concat(profile.CommentColumns)
            .Where(h => !string.IsNullOrWhiteSpace(h));
        foreach (var group in used.GroupBy(h => h, HeaderText.Comparer).Where(g => g.Count() > 1))
            errors.Add($"La columna \"{group.Key}\" se usa para más de un dato; si el archivo la repite, la segunda es \"{group.Key} (2)\".");
    }

    private static void Personal(SurveyProfile profile, List<string> errors)
    {
        var used = profile.Columns.Values.Concat(profile.Questions.Select(q => q.Column)).Concat(profile.CommentColumns);
        foreach (var header in used.Where(h => profile.PersonalDataColumns.Any(p => HeaderText.SameHeader(p ?? "", h ?? ""))))
            errors.Add($"La columna \"{header}\" está en \"datos_personales\" y se descarta al leer; no puede alimentar la encuesta.");
        if (profile.PersonalDataColumns.Any(string.IsNullOrWhiteSpace))
            errors.Add("\"datos_personales\" tiene un nombre de columna vacío.");
    }
}
