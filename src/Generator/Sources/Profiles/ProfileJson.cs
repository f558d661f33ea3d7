using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IndicadoresServicio.Generator.Sources.Profiles;

/// <summary>
/// Writes a mapping profile with exactly the contract's keys, in the contract's order, as UTF-8 JSON a clerk can
/// read (accents left as they are) and with "\n" line ends whatever the operating system, so it is byte-stable.
/// </summary>
internal static class ProfileJson
{
    public static void Write(string path, MappingProfileDocument profile)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        json.WriteStartObject();
        json.WriteString("fuente", profile.Source);
        json.WriteString("entidad", profile.Entity);
        json.WriteString("formato", profile.Format);
        json.WriteString("codificacion", profile.Encoding);
        json.WriteString("separador", profile.Delimiter);
        json.WriteString("hoja", profile.Sheet);
        if (profile.HeaderRow is { } headerRow)
            json.WriteNumber("fila_encabezado", headerRow);
        else
            json.WriteNull("fila_encabezado");
        WriteList(json, "formatos_fecha", profile.DateFormats);
        WriteTable(json, "columnas", profile.Columns);
        json.WriteStartObject("valores");
        foreach (var (field, table) in profile.Values)
            WriteTable(json, field, table);
        json.WriteEndObject();
        WriteTable(json, "alias_dependencias", profile.DependencyAliases);
        WriteList(json, "datos_personales", profile.PersonalData);
        WriteList(json, "dias_no_habiles",
            profile.NonWorkingDays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray());
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteList(Utf8JsonWriter json, string key, IReadOnlyList<string> values)
    {
        json.WriteStartArray(key);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteTable(Utf8JsonWriter json, string key, IReadOnlyList<KeyValuePair<string, string>> table)
    {
        json.WriteStartObject(key);
        foreach (var (from, to) in table)
            json.WriteString(from, to);
        json.WriteEndObject();
    }
}
