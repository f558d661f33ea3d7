using System.Text;
using System.Text.Json;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>The panel as a JSON array of objects, one per result, with <see cref="PanelRow"/>'s keys; invariant numbers.</summary>
internal static class PanelJson
{
    public static string Write(Panel panel)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in PanelRow.Rows(panel))
            {
                json.WriteStartObject();
                foreach (var (key, value) in row)
                {
                    switch (value)
                    {
                        case null: json.WriteNull(key); break;
                        case double number: json.WriteNumber(key, number); break;
                        default: json.WriteString(key, value.ToString()); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }
}
