using System.Text.Json;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Generator.Tests.Surveys;

/// <summary>
/// The demo's survey exports, read back by the real ETL: every row is a response, a quarantined row or an incomplete
/// response, in the numbers an independent reading of the files gives (CsvHelper, MiniExcel and the profiles' scales).
/// </summary>
public sealed class SurveyExportsTests(GeneratedSurveys surveys) : IClassFixture<GeneratedSurveys>
{
    private const string Google = "encuesta-ventanilla";
    private const string Forms = "encuesta-movilidad";
    private const string Lime = "encuesta-salud";

    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly FileLoadOptions LoadOptions = new(GenerationOptions.DefaultTo, GenerationOptions.DefaultTo, Path.GetTempPath(), null);

    [Theory, MemberData(nameof(Engines))]
    public void Every_generated_row_loads_is_quarantined_with_its_reason_or_is_counted_incomplete_no_personal_data_is_stored_and_a_second_load_changes_nothing(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var googleUnknown = surveys.Google.Count(r => !Known(Google, r[SatisfactionColumn(Google)]));
        var formsUnknown = surveys.Forms.Count(r => !Known(Forms, (string)r[SatisfactionColumn(Forms)]!));
        var limeIncomplete = surveys.Lime.Count(r => r["submitdate"].Length == 0);

        var google = Load(test.Warehouse, Google, "encuesta-ventanilla.csv");
        var forms = Load(test.Warehouse, Forms, "encuesta-movilidad.xlsx");
        var lime = Load(test.Warehouse, Lime, "encuesta-salud.csv");

        (googleUnknown, formsUnknown, limeIncomplete).Should().Match<(int, int, int)>(c => c.Item1 > 0 && c.Item2 > 0 && c.Item3 > 0,
            "the exports carry a few unknown labels and abandoned responses on purpose");
        (google.Read, google.Inserted, google.Quarantined).Should().Be((surveys.Google.Count, surveys.Google.Count - googleUnknown, googleUnknown));
        (forms.Read, forms.Inserted, forms.Quarantined).Should().Be((surveys.Forms.Count, surveys.Forms.Count - formsUnknown, formsUnknown));
        (lime.Inserted, lime.Quarantined, lime.Incomplete).Should().Be((surveys.Lime.Count - limeIncomplete, 0, limeIncomplete));
        using var connection = test.Warehouse.OpenConnection();
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_survey_response").Should().Be(google.Inserted + forms.Inserted + lime.Inserted);
        var quarantined = connection.Query<(string File, long Line, string Column, string Reason)>(
            "SELECT file_name, line, column_name, reason FROM etl_quarantine ORDER BY file_name, line").ToList();
        quarantined.Should().HaveCount(googleUnknown + formsUnknown);
        quarantined.Where(q => q.File == "encuesta-ventanilla.csv").Should().OnlyContain(q =>
            q.Line > 1 && q.Column == SatisfactionColumn(Google) && q.Reason.Contains("«Regular»") && q.Reason.Contains("SAT"));
        quarantined.Where(q => q.File == "encuesta-movilidad.xlsx").Should().OnlyContain(q =>
            q.Column == SatisfactionColumn(Forms) && q.Reason.Contains("«Más o menos»"));

        var again = new[] { Load(test.Warehouse, Google, "encuesta-ventanilla.csv"), Load(test.Warehouse, Forms, "encuesta-movilidad.xlsx"), Load(test.Warehouse, Lime, "encuesta-salud.csv") };

        again.Select(s => (s.Inserted, s.Updated)).Should().AllBeEquivalentTo((0L, 0L));
        again.Select(s => s.Unchanged).Should().Equal(google.Inserted, forms.Inserted, lime.Inserted);
        connection.ExecuteScalar<long>("SELECT count(*) FROM etl_quarantine").Should().Be(quarantined.Count, "a re-run replaces its own quarantine");
        NoPersonalDataIsStored(connection);
    }

    /// <summary>The comments keep what citizens said, addresses and phones masked; no personal column reaches the warehouse.</summary>
    private void NoPersonalDataIsStored(System.Data.Common.DbConnection connection)
    {
        surveys.Text("encuesta-ventanilla.csv").Should().Contain("@correo.example", "the collected address and some comments carry e-mails");
        surveys.Forms.Should().Contain(r => (string?)r["Nombre"] != null).And.Contain(r => (string?)r["Correo electrónico"] == "anonymous");
        surveys.Lime.Should().OnlyContain(r => r["ipaddr"].StartsWith("190."));
        var comments = connection.Query<string>("SELECT comment_text FROM fct_survey_comment").ToList();
        comments.Should().Contain(c => c.Contains(CommentMasking.Email)).And.Contain(c => c.Contains(CommentMasking.Phone))
            .And.Contain(c => c.Contains(CommentMasking.Document)).And.Contain("Muy buena atención, gracias.");
        var stored = comments.Concat(connection.Query<string>("SELECT coalesce(row_data, '') FROM etl_quarantine")).ToList();
        stored.Should().NotContain(t => t.Contains('@') || t.Contains("190.") || System.Text.RegularExpressions.Regex.IsMatch(t, @"3\d{9}"));
        var names = surveys.Forms.Select(r => (string?)r["Nombre"]).OfType<string>().ToList();
        stored.Should().NotContain(t => names.Any(n => t.Contains(n)));
    }

    [Fact]
    public void The_Google_timestamps_use_both_kinds_of_no_break_space_and_the_summary_counts_every_row()
    {
        var text = surveys.Text("encuesta-ventanilla.csv");

        text.Should().Contain("\u202Fa. m. GMT-5").And.Contain("\u202Fp. m. GMT-5").And.Contain("\u00A0p. m. GMT-5").And.Contain(" a. m. GMT-5", "a plain space too");
        surveys.Summary.Files.Where(f => f.Kind == GeneratedFileKind.Export && f.Source.StartsWith("encuesta-", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f.Path), f.Rows))
            .Should().Equal(("encuesta-ventanilla.csv", (long)surveys.Google.Count), ("encuesta-movilidad.xlsx", (long)surveys.Forms.Count),
                ("encuesta-salud.csv", (long)surveys.Lime.Count));
        surveys.Profile("encuesta-ventanilla.json").GetProperty("tipo").GetString().Should().Be("encuesta");
    }

    [Fact]
    public void Citizens_answered_late_are_less_satisfied_and_a_chronically_late_dependency_pleases_less_than_prompt_ones()
    {
        var petitions = MunicipalityGenerator.Petitions(surveys.Options).ToDictionary(p => p.Radicado);
        var column = SatisfactionColumn(Google);
        var topTwo = new HashSet<string> { "Muy satisfecho", "Satisfecho" };
        var rated = surveys.Google.Where(r => r[column] is not ("No sabe / No responde" or "Regular")).ToList();
        // Late by the source's own due date, counting only petitions without an extension (no calendar needed).
        var linked = rated.Where(r => r["Número de radicado (si lo tiene)"] is { Length: > 0 } radicado && petitions[radicado].ExtensionDays is null)
            .Select(r => (Late: petitions[r["Número de radicado (si lo tiene)"]].AnsweredOn > petitions[r["Número de radicado (si lo tiene)"]].SourceDueOn, Top: topTwo.Contains(r[column])))
            .ToList();
        var onTime = Share(linked.Where(l => !l.Late).Select(l => l.Top));
        var late = Share(linked.Where(l => l.Late).Select(l => l.Top));

        linked.Count(l => l.Late).Should().BeGreaterThan(20);
        onTime.Should().BeGreaterThan(late + 0.15, "an answer after its due date costs thirty points of top-two satisfaction");
        var movilidad = Share(rated.Where(r => r["¿Qué dependencia lo atendió?"] is "Movilidad" or "Infraestructura").Select(r => topTwo.Contains(r[column])));
        var prompt = Share(rated.Where(r => r["¿Qué dependencia lo atendió?"] is "Atención al Ciudadano" or "Control Interno" or "Tecnologías de la Información (TIC)"
            or "Comunicaciones" or "Cultura" or "Gestión del Riesgo de Desastres" or "Instituto Municipal de Deporte y Recreación").Select(r => topTwo.Contains(r[column])));
        prompt.Should().BeGreaterThan(movilidad + 0.15);
    }

    [Fact]
    public void The_same_seed_writes_the_same_survey_bytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        MunicipalityGenerator.Generate(new GenerationOptions(first.Path, 3_000, 5, WriteXlsx: false, WriteSurveys: true));
        MunicipalityGenerator.Generate(new GenerationOptions(second.Path, 3_000, 5, WriteXlsx: false, WriteSurveys: true));

        foreach (var name in new[] { "encuesta-ventanilla.csv", "encuesta-ventanilla.json", "encuesta-movilidad.xlsx", "encuesta-movilidad.json", "encuesta-salud.csv", "encuesta-salud.json" })
            File.ReadAllBytes(first.File(name)).Should().Equal(File.ReadAllBytes(second.File(name)), name);
    }

    private LoadSummary Load(Warehouse warehouse, string source, string file) =>
        SurveyLoad.Run(warehouse, surveys.File(source + ".json"), surveys.File(file), LoadOptions);

    /// <summary>The column of the question the profile codes SAT.</summary>
    private string SatisfactionColumn(string source) =>
        surveys.Profile(source + ".json").GetProperty("preguntas").EnumerateArray()
            .Single(q => q.GetProperty("codigo").GetString() == "SAT").GetProperty("columna").GetString()!;

    private bool Known(string source, string label)
    {
        var scale = surveys.Profile(source + ".json").GetProperty("preguntas").EnumerateArray()
            .Single(q => q.GetProperty("codigo").GetString() == "SAT").GetProperty("escala").GetString()!;
        return surveys.Labels(source + ".json", scale).Contains(label);
    }

    private static double Share(IEnumerable<bool> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : (double)list.Count(v => v) / list.Count;
    }
}
