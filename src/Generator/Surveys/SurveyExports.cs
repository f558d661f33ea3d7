using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// The satisfaction surveys citizens answered after the petitions of ventanilla-unica.csv, as the three tools the
/// alcaldía uses export them, each beside its survey profile: the ventanilla's Google Forms CSV, Movilidad's
/// Microsoft Forms quiz workbook and Salud's LimeSurvey CSV. About one answered petition in 25 gets a survey, a few
/// days after its answer; how pleased the citizen is depends on the dependency's habits and on whether the answer
/// came on time (<see cref="SatisfactionModel"/>). Same options, same bytes.
/// </summary>
public static class SurveyExports
{
    /// <summary>The share of answered petitions whose citizen fills in a survey.</summary>
    public const double SurveyedShare = 0.04;

    /// <summary>Each export with its profile, in the order the demo loads them.</summary>
    public static IReadOnlyList<(string Profile, string Export)> Files { get; } =
    [
        (GoogleFormsSurvey.ProfileFileName, GoogleFormsSurvey.FileName),
        (MicrosoftFormsQuiz.ProfileFileName, MicrosoftFormsQuiz.FileName),
        (LimeSurveyExport.ProfileFileName, LimeSurveyExport.FileName),
    ];

    /// <summary>Writes the three exports and their profiles into the options' folder, from the petitions of those options.</summary>
    public static IReadOnlyList<GeneratedFile> Write(GenerationOptions options)
    {
        var folder = options.OutputDirectory;
        Directory.CreateDirectory(folder);
        var (google, forms, lime) = Split(Attentions(options));
        var googleRows = GoogleFormsSurvey.Write(folder, options.EntityName, google, options.PeriodEnd, options.Seed);
        var formsRows = MicrosoftFormsQuiz.Write(folder, options.EntityName, forms, options.PeriodEnd, options.Seed);
        var limeRows = LimeSurveyExport.Write(folder, options.EntityName, lime, options.Seed);
        return
        [
            .. Pair(folder, GoogleFormsSurvey.Source, GoogleFormsSurvey.FileName, GoogleFormsSurvey.ProfileFileName, googleRows),
            .. Pair(folder, MicrosoftFormsQuiz.Source, MicrosoftFormsQuiz.FileName, MicrosoftFormsQuiz.ProfileFileName, formsRows),
            .. Pair(folder, LimeSurveyExport.Source, LimeSurveyExport.FileName, LimeSurveyExport.ProfileFileName, limeRows),
        ];
    }

    /// <summary>Every surveyed attention, in the order the surveys were submitted.</summary>
    internal static IReadOnlyList<SurveyedAttention> Attentions(GenerationOptions options)
    {
        var random = DeterministicRandom.For(options.Seed, "encuestas");
        var calendar = Alcaldia.For(options).SourceCalendar;
        var habits = Dependencies.All.ToDictionary(d => d.Name, d => d.Habit);
        var attentions = new List<SurveyedAttention>();
        foreach (var petition in MunicipalityGenerator.Petitions(options))
        {
            if (petition.AnsweredOn is not { } answered || petition.SourceDueOn is not { } due || !random.Chance(SurveyedShare))
                continue;
            var submitted = answered.AddDays(random.Between(0, 4))
                .ToDateTime(new TimeOnly(random.Between(7, 21), random.Between(0, 59), random.Between(0, 59)));
            // A survey the citizen will answer after the cut-off is not in this export yet.
            if (DateOnly.FromDateTime(submitted) > options.PeriodEnd)
                continue;
            var dueWithExtension = petition.ExtensionDays is { } extension ? calendar.AddBusinessDays(due, extension) : due;
            var late = answered > dueWithExtension;
            var rating = SatisfactionModel.Rating(random, SatisfactionModel.TopTwoChance(habits[petition.Dependency], late));
            attentions.Add(new SurveyedAttention(petition, ToolFor(petition.Dependency, random), late, submitted, rating,
                SatisfactionModel.Nearby(random, rating), SatisfactionModel.Recommendation(random, rating), SurveyComments.For(random, rating)));
        }
        return [.. attentions.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Petition.Radicado, StringComparer.Ordinal)];
    }

    private static (List<SurveyedAttention> Google, List<SurveyedAttention> Forms, List<SurveyedAttention> Lime) Split(IReadOnlyList<SurveyedAttention> attentions) =>
        ([.. attentions.Where(a => a.Tool == SurveyTool.GoogleForms)],
         [.. attentions.Where(a => a.Tool == SurveyTool.MicrosoftForms)],
         [.. attentions.Where(a => a.Tool == SurveyTool.LimeSurvey)]);

    /// <summary>Movilidad and Salud ask with their own tools four times in five; everyone else answers the ventanilla's form.</summary>
    private static SurveyTool ToolFor(string dependency, DeterministicRandom random) =>
        !random.Chance(0.8) ? SurveyTool.GoogleForms
        : dependency == MicrosoftFormsQuiz.Dependency ? SurveyTool.MicrosoftForms
        : dependency == LimeSurveyExport.Dependency ? SurveyTool.LimeSurvey
        : SurveyTool.GoogleForms;

    private static GeneratedFile[] Pair(string folder, string source, string export, string profile, long rows) =>
    [
        new(Path.GetFullPath(Path.Combine(folder, export)), source, GeneratedFileKind.Export, rows),
        new(Path.GetFullPath(Path.Combine(folder, profile)), source, GeneratedFileKind.Profile, 0),
    ];
}
