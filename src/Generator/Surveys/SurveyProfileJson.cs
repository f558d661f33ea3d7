using System.Text.Encodings.Web;
using System.Text.Json;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// Writes a survey profile as a clerk would read it: UTF-8, accents as they are, keys in the order given (the issue's
/// order), "\n" line ends whatever the operating system, so the same seed gives the same bytes.
/// </summary>
internal static class SurveyProfileJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(string folder, string fileName, IReadOnlyDictionary<string, object?> profile)
    {
        var path = Path.GetFullPath(Path.Combine(folder, fileName));
        File.WriteAllText(path, JsonSerializer.Serialize(profile, Options) + "\n");
        return path;
    }

    /// <summary>One entry of "preguntas".</summary>
    public static Dictionary<string, object?> Question(string column, string code, string dimension, string scale, bool nps = false)
    {
        var question = new Dictionary<string, object?> { ["columna"] = column, ["codigo"] = code, ["dimension"] = dimension, ["escala"] = scale };
        if (nps)
            question["nps"] = true;
        return question;
    }

    public static Dictionary<string, int> Range(int from, int to) => new() { ["desde"] = from, ["hasta"] = to };
}
