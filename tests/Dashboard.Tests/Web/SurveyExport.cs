using System.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// A Google Forms survey export loaded through the real ETL, March 2024. Hacienda: 32 answers, 20 × 5, 5 × 4, 7 × 2
/// (25 of 32 in the top two: 78,1 %, amarillo); Gobierno: 3 answers, 5, 1, 2 (1 of 3, "muestra insuficiente").
/// Each dependency has one comment with personal data that must come out masked.
/// </summary>
internal static class SurveyExport
{
    public const string HaciendaComment = "Muy bien atendida, escríbanme a ana@correo.co";
    public const string HaciendaCommentMasked = "Muy bien atendida, escríbanme a [correo]";
    public const string GobiernoComment = "Demorado, mi celular 3001234567";
    public const string GobiernoCommentMasked = "Demorado, mi celular [teléfono]";

    private const string Profile = """
        {"tipo": "encuesta", "fuente": "encuesta-ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv",
         "formatos_fecha": ["yyyy/MM/dd h:mm:ss tt"],
         "columnas": {"respondida_el": "Marca temporal", "dependencia": "Dependencia", "canal": "Canal"},
         "valores": {"canal": {"Ventanilla": "presencial"}},
         "escalas": {"cinco": {"desde": 1, "hasta": 5}},
         "preguntas": [{"columna": "¿Qué tan satisfecho está?", "codigo": "SAT", "dimension": "satisfacción general", "escala": "cinco"}],
         "comentarios": ["Comentarios"],
         "datos_personales": ["Dirección de correo electrónico"]}
        """;

    public static void LoadInto(Warehouse warehouse, string folder)
    {
        var (profile, file) = Write(folder);
        SurveyLoad.Run(warehouse, profile, file, new FileLoadOptions(PetitionExport.CutOff, PetitionExport.CutOff, folder, null));
    }

    /// <summary>Writes the profile and the export into <paramref name="folder"/>; their paths.</summary>
    public static (string Profile, string Export) Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var rows = new List<string> { "Marca temporal,Dirección de correo electrónico,Dependencia,Canal,¿Qué tan satisfecho está?,Comentarios" };
        var hacienda = Enumerable.Repeat(5, 20).Concat(Enumerable.Repeat(4, 5)).Concat(Enumerable.Repeat(2, 7)).ToList();
        for (var i = 0; i < hacienda.Count; i++)
            rows.Add($"2024/03/{1 + i % 28:00} 10:{i:00}:00\u202Fa. m. GMT-5,vecino{i}@correo.co,{PetitionExport.Hacienda},Ventanilla,{hacienda[i]},{(i == 0 ? $"\"{HaciendaComment}\"" : "")}");
        int[] gobierno = [5, 1, 2];
        for (var i = 0; i < gobierno.Length; i++)
            rows.Add($"2024/03/{10 + i:00} 3:00:00 p. m. GMT-5,,{PetitionExport.Gobierno},Ventanilla,{gobierno[i]},{(i == 1 ? $"\"{GobiernoComment}\"" : "")}");
        var profile = Path.Combine(folder, "encuesta.json");
        File.WriteAllText(profile, Profile);
        var file = Path.Combine(folder, "respuestas.csv");
        File.WriteAllText(file, string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return (profile, file);
    }
}
