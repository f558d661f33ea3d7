using System.Globalization;
using System.Text;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Generator.Sources;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// The Secretaría de Salud's survey on its LimeSurvey server, as "Exportar respuestas" writes it with question codes
/// as headings and answer codes (encuesta-salud.csv): UTF-8 with BOM, ";" between fields, `id`, `submitdate`,
/// `lastpage`, `startlanguage`, `seed`, `startdate`, `datestamp`, `ipaddr` (personal data), then `Q1` (A1-A5),
/// the array `Q2[SQ001]` and `Q2[SQ002]` (1-5), `Q3` (0-10) and the comment `Q4`. About one visitor in eight leaves
/// before submitting: an empty `submitdate`, a low `lastpage` and the answers given so far. Those are not responses;
/// the ETL counts them apart.
/// </summary>
internal static class LimeSurveyExport
{
    public const string FileName = "encuesta-salud.csv";
    public const string ProfileFileName = "encuesta-salud.json";
    public const string Source = "encuesta-salud";
    public const string Dependency = "Secretaría de Salud";

    private const string Format = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Writes the export and its profile; returns its data rows, incomplete ones included.</summary>
    public static long Write(string folder, string entity, IReadOnlyList<SurveyedAttention> attentions, int seed)
    {
        var random = DeterministicRandom.For(seed, Source);
        var rows = 0L;
        using (var writer = new DelimitedWriter(File.Create(Path.Combine(folder, FileName)), new UTF8Encoding(true), ';'))
        {
            foreach (var header in new[] { "id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "Q1", "Q2[SQ001]", "Q2[SQ002]", "Q3", "Q4" })
                writer.Field(header);
            writer.EndRow();
            foreach (var a in attentions)
            {
                // Someone who opened the survey and left: it is in the export, with the pages they saw.
                if (random.Chance(0.12))
                    Row(writer, ++rows, a, random, submitted: false);
                Row(writer, ++rows, a, random, submitted: true);
            }
        }
        SurveyProfileJson.Write(folder, ProfileFileName, Profile(entity));
        return rows;
    }

    private static void Row(DelimitedWriter writer, long id, SurveyedAttention a, DeterministicRandom random, bool submitted)
    {
        var started = a.SubmittedAt.AddSeconds(-random.Between(60, 600));
        var lastPage = submitted ? 3 : random.Between(0, 2);
        writer.Field(id.ToString(CultureInfo.InvariantCulture));
        writer.Field(submitted ? a.SubmittedAt.ToString(Format, CultureInfo.InvariantCulture) : "");
        writer.Field(lastPage.ToString(CultureInfo.InvariantCulture));
        writer.Field("es");
        writer.Field(random.Between(100_000_000, 2_000_000_000).ToString(CultureInfo.InvariantCulture));
        writer.Field(started.ToString(Format, CultureInfo.InvariantCulture));
        writer.Field((submitted ? a.SubmittedAt : started.AddSeconds(random.Between(5, 90))).ToString(Format, CultureInfo.InvariantCulture));
        writer.Field(string.Create(CultureInfo.InvariantCulture, $"190.{random.Between(0, 255)}.{random.Between(0, 255)}.{random.Between(1, 254)}"));
        // Page 1 holds Q1, page 2 the array, page 3 the recommendation and the comment.
        writer.Field(lastPage >= 1 ? "A" + a.Rating.ToString(CultureInfo.InvariantCulture) : "");
        writer.Field(lastPage >= 2 ? a.SecondRating.ToString(CultureInfo.InvariantCulture) : "");
        writer.Field(lastPage >= 2 ? SatisfactionModel.Nearby(random, a.Rating).ToString(CultureInfo.InvariantCulture) : "");
        writer.Field(lastPage >= 3 ? a.Recommendation.ToString(CultureInfo.InvariantCulture) : "");
        writer.Field(lastPage >= 3 ? a.Comment : "");
        writer.EndRow();
    }

    private static Dictionary<string, object?> Profile(string entity) => new()
    {
        ["tipo"] = "encuesta",
        ["fuente"] = Source,
        ["entidad"] = entity,
        ["formato"] = "csv",
        ["codificacion"] = "utf-8",
        ["separador"] = ";",
        ["formatos_fecha"] = new[] { Format },
        ["dependencia"] = Dependency,
        ["columnas"] = new Dictionary<string, string> { ["respuesta"] = "id", ["respondida_el"] = "submitdate" },
        ["escalas"] = new Dictionary<string, object>
        {
            ["codigos"] = Enumerable.Range(1, 5).ToDictionary(p => "A" + p.ToString(CultureInfo.InvariantCulture), p => p),
            ["uno_a_cinco"] = SurveyProfileJson.Range(1, 5),
            ["cero_a_diez"] = SurveyProfileJson.Range(0, 10),
        },
        ["preguntas"] = new[]
        {
            SurveyProfileJson.Question("Q1", "SAT", "satisfacción general", "codigos"),
            SurveyProfileJson.Question("Q2[SQ001]", "ESP", "tiempo de espera", "uno_a_cinco"),
            SurveyProfileJson.Question("Q2[SQ002]", "TRA", "trato", "uno_a_cinco"),
            SurveyProfileJson.Question("Q3", "REC", "recomendación", "cero_a_diez", nps: true),
        },
        ["comentarios"] = new[] { "Q4" },
        ["datos_personales"] = new[] { "ipaddr" },
    };
}
