using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Generator.Sources;
using IndicadoresServicio.Generator.Sources.Petitioners;
using MiniExcelLibs;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// The Secretaría de Movilidad's own survey, a Microsoft Forms form left in quiz mode, as Forms exports it to Excel
/// (encuesta-movilidad.xlsx): `Id`, start and completion times as real date cells, "anonymous" in `Correo
/// electrónico` for anonymous answers (a name and address otherwise: personal data), `Total de puntos` and
/// `Comentarios del cuestionario`, and after every question its `Puntos:` and `Comentarios:` columns. The satisfaction
/// question offers "Otra" with a free text: now and then a citizen writes "Más o menos" there, which no scale
/// knows, so that row goes to quarantine.
/// </summary>
internal static class MicrosoftFormsQuiz
{
    public const string FileName = "encuesta-movilidad.xlsx";
    public const string ProfileFileName = "encuesta-movilidad.json";
    public const string Source = "encuesta-movilidad";
    public const string Dependency = "Secretaría de Movilidad";

    /// <summary>What a citizen typed in "Otra", on every response whose id ends in <see cref="OtherEvery"/>'s remainder 7.</summary>
    public const string OtherAnswer = "Más o menos";
    public const int OtherEvery = 50;

    private const string Procedure = "¿Qué trámite realizó?";
    private const string Satisfaction = "¿Qué tan satisfecho está con la atención recibida?";
    private const string Kindness = "Califique la amabilidad del servidor que lo atendió";
    private const string Recommendation = "¿Qué tan probable es que recomiende nuestros servicios?";
    private const string Improve = "¿Qué podemos mejorar?";
    private const string Email = "Correo electrónico";
    private const string Name = "Nombre";
    private const string Completed = "Hora de finalización";

    private static readonly string[] Procedures =
        ["Licencia de conducción", "Comparendos y fotomultas", "Matrícula de vehículo", "Traspaso", "Certificado de tradición", "Otro"];

    /// <summary>Writes the workbook and its profile; returns the workbook's data rows.</summary>
    public static long Write(string folder, string entity, IReadOnlyList<SurveyedAttention> attentions, DateOnly cutOff, int seed)
    {
        var random = DeterministicRandom.For(seed, Source);
        var people = new FakePetitioners(DeterministicRandom.For(seed, Source + "/datos-personales"));
        var rows = attentions.Select((a, i) => Row(i + 1, a, random, people)).ToList();
        var path = Path.Combine(folder, FileName);
        MiniExcel.SaveAs(path, rows, sheetName: "Sheet1", overwriteFile: true);
        DeterministicZip.Normalize(path, cutOff.AddDays(1).ToDateTime(new TimeOnly(6, 15)));
        SurveyProfileJson.Write(folder, ProfileFileName, Profile(entity));
        return rows.Count;
    }

    private static Dictionary<string, object?> Row(int id, SurveyedAttention a, DeterministicRandom random, FakePetitioners people)
    {
        var anonymous = random.Chance(0.85);
        var person = people.For(PetitionerType.Natural);
        var row = new Dictionary<string, object?>
        {
            ["Id"] = id,
            ["Hora de inicio"] = a.SubmittedAt.AddSeconds(-random.Between(50, 420)),
            [Completed] = a.SubmittedAt,
            [Email] = anonymous ? "anonymous" : person.Email,
            [Name] = anonymous ? null : person.Name,
            ["Total de puntos"] = 0,
            ["Comentarios del cuestionario"] = null,
        };
        Question(row, Procedure, Procedures[random.Next(Procedures.Length)]);
        Question(row, Satisfaction, id % OtherEvery == 7 ? OtherAnswer : SurveyLabels.SatisfactionOf(a.Rating));
        Question(row, Kindness, a.SecondRating);
        Question(row, Recommendation, a.Recommendation);
        Question(row, Improve, a.Comment);
        return row;
    }

    // Quiz mode: every question is followed by its points (none: nothing is graded) and the author's feedback (none).
    private static void Question(Dictionary<string, object?> row, string question, object? answer)
    {
        row[question] = answer;
        row["Puntos: " + question] = null;
        row["Comentarios: " + question] = null;
    }

    private static Dictionary<string, object?> Profile(string entity) => new()
    {
        ["tipo"] = "encuesta",
        ["fuente"] = Source,
        ["entidad"] = entity,
        ["formato"] = "xlsx",
        ["hoja"] = null,
        ["fila_encabezado"] = null,
        ["dependencia"] = Dependency,
        ["columnas"] = new Dictionary<string, string> { ["respuesta"] = "Id", ["respondida_el"] = Completed },
        ["escalas"] = new Dictionary<string, object>
        {
            ["satisfaccion"] = SurveyLabels.SatisfactionScale(withDoesNotKnow: false),
            ["estrellas"] = SurveyProfileJson.Range(1, 5),
            ["cero_a_diez"] = SurveyProfileJson.Range(0, 10),
        },
        ["preguntas"] = new[]
        {
            SurveyProfileJson.Question(Satisfaction, "SAT", "satisfacción general", "satisfaccion"),
            SurveyProfileJson.Question(Kindness, "AMA", "amabilidad", "estrellas"),
            SurveyProfileJson.Question(Recommendation, "REC", "recomendación", "cero_a_diez", nps: true),
        },
        ["comentarios"] = new[] { Improve },
        ["datos_personales"] = new[] { Email, Name },
    };
}
