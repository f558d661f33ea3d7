using System.Globalization;
using System.Text;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Generator.Sources;
using IndicadoresServicio.Generator.Sources.Petitioners;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// The survey the ventanilla asks for after every answer, as Google Forms downloads it (encuesta-ventanilla.csv):
/// UTF-8, commas, "Marca temporal" written "2025/03/05 3:20:00 p. m. GMT-5" with the space before the designator a
/// narrow no-break space (U+202F) most of the time, a no-break space (U+00A0) or a plain one otherwise; the collected
/// e-mail address (personal data); the dependency as the drop-down names it; the radicado when the citizen typed it.
/// In March and April of the year before the cut-off someone edited the form and "Ni satisfecho ni insatisfecho"
/// read "Regular": those answers are not in the profile's scale and go to quarantine, as they would in real life.
/// </summary>
internal static class GoogleFormsSurvey
{
    public const string FileName = "encuesta-ventanilla.csv";
    public const string ProfileFileName = "encuesta-ventanilla.json";
    public const string Source = "encuesta-ventanilla";

    /// <summary>The label of the edited form, unknown to the profile.</summary>
    public const string EditedLabel = "Regular";

    private const string Timestamp = "Marca temporal";
    private const string Email = "Dirección de correo electrónico";
    private const string Dependency = "¿Qué dependencia lo atendió?";
    private const string ChannelColumn = "Canal de atención";
    private const string Radicado = "Número de radicado (si lo tiene)";
    private const string ValueGroup = "Usted es";
    private const string Satisfaction = "¿Qué tan satisfecho está con la atención recibida?";
    private const string Clarity = "Califique de 1 a 5 la claridad de la información";
    private const string Recommendation = "¿Qué tan probable es que nos recomiende a un familiar o amigo?";
    private const string Comments = "Comentarios o sugerencias";

    private static readonly (string Label, string Code)[] Channels = [("Presencial", "presencial"), ("Telefónico", "telefonico"), ("Virtual", "virtual")];

    /// <summary>Writes the export and its profile; returns the export's data rows.</summary>
    public static long Write(string folder, string entity, IReadOnlyList<SurveyedAttention> attentions, DateOnly cutOff, int seed)
    {
        var random = DeterministicRandom.For(seed, Source);
        var people = new FakePetitioners(DeterministicRandom.For(seed, Source + "/datos-personales"));
        var editedFrom = new DateOnly(cutOff.Year - 1, 3, 1);
        var editedTo = new DateOnly(cutOff.Year - 1, 4, 30);
        using (var writer = new DelimitedWriter(File.Create(Path.Combine(folder, FileName)), new UTF8Encoding(false), ','))
        {
            foreach (var header in new[] { Timestamp, Email, Dependency, ChannelColumn, Radicado, ValueGroup, Satisfaction, Clarity, Recommendation, Comments })
                writer.Field(header);
            writer.EndRow();
            foreach (var a in attentions)
            {
                var on = DateOnly.FromDateTime(a.SubmittedAt);
                var satisfaction = random.Chance(0.03) ? SurveyLabels.DoesNotKnow
                    : a.Rating == 3 && on >= editedFrom && on <= editedTo ? EditedLabel
                    : SurveyLabels.SatisfactionOf(a.Rating);
                writer.Field(Stamp(a.SubmittedAt, random));
                writer.Field(people.For(PetitionerType.Natural).Email);
                writer.Field(SurveyLabels.ShortName(a.Petition.Dependency));
                writer.Field(ChannelOf(a.Petition.Channel));
                writer.Field(random.Chance(0.7) ? a.Petition.Radicado : "");
                writer.Field(SurveyLabels.ValueGroup(a.Petition.PetitionerType, random.NextDouble()));
                writer.Field(satisfaction);
                // The clarity question is optional: a few leave it blank.
                writer.Field(random.Chance(0.02) ? "" : a.SecondRating.ToString(CultureInfo.InvariantCulture));
                writer.Field(a.Recommendation.ToString(CultureInfo.InvariantCulture));
                writer.Field(a.Comment);
                writer.EndRow();
            }
        }
        SurveyProfileJson.Write(folder, ProfileFileName, Profile(entity));
        return attentions.Count;
    }

    private static Dictionary<string, object?> Profile(string entity) => new()
    {
        ["tipo"] = "encuesta",
        ["fuente"] = Source,
        ["entidad"] = entity,
        ["formato"] = "csv",
        ["codificacion"] = "utf-8",
        ["separador"] = ",",
        ["hoja"] = null,
        ["fila_encabezado"] = null,
        ["formatos_fecha"] = new[] { "yyyy/MM/dd h:mm:ss tt", "d/MM/yyyy H:mm:ss" },
        ["columnas"] = new Dictionary<string, string>
        {
            ["respondida_el"] = Timestamp, ["dependencia"] = Dependency, ["canal"] = ChannelColumn, ["radicado"] = Radicado, ["grupo_valor"] = ValueGroup,
        },
        ["alias_dependencias"] = SurveyLabels.DependencyAliases(),
        ["valores"] = new Dictionary<string, object> { ["canal"] = Channels.ToDictionary(c => c.Label, c => c.Code) },
        ["escalas"] = new Dictionary<string, object>
        {
            ["satisfaccion"] = SurveyLabels.SatisfactionScale(withDoesNotKnow: true),
            ["uno_a_cinco"] = SurveyProfileJson.Range(1, 5),
            ["cero_a_diez"] = SurveyProfileJson.Range(0, 10),
        },
        ["preguntas"] = new[]
        {
            SurveyProfileJson.Question(Satisfaction, "SAT", "satisfacción general", "satisfaccion"),
            SurveyProfileJson.Question(Clarity, "CLA", "claridad", "uno_a_cinco"),
            SurveyProfileJson.Question(Recommendation, "REC", "recomendación", "cero_a_diez", nps: true),
        },
        ["comentarios"] = new[] { Comments },
        ["datos_personales"] = new[] { Email },
    };

    private static string ChannelOf(Channel channel) => channel switch
    {
        Generator.Channel.Presencial or Generator.Channel.Escrito => Channels[0].Label,
        Generator.Channel.Telefonico => Channels[1].Label,
        _ => Channels[2].Label,
    };

    /// <summary>"2025/03/05 3:20:00 p. m. GMT-5": 12-hour clock, no leading zero on the hour, Colombia's fixed offset.</summary>
    private static string Stamp(DateTime at, DeterministicRandom random)
    {
        var hour = at.Hour % 12 == 0 ? 12 : at.Hour % 12;
        var space = random.NextDouble() switch { < 0.6 => '\u202F', < 0.8 => '\u00A0', _ => ' ' };
        var designator = at.Hour < 12 ? "a. m." : "p. m.";
        return string.Create(CultureInfo.InvariantCulture, $"{at:yyyy'/'MM'/'dd} {hour}:{at:mm':'ss}{space}{designator} GMT-5");
    }
}
