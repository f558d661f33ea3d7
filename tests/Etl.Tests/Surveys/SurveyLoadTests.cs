using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Etl.Tests.Surveys;

public sealed class SurveyLoadTests : IDisposable
{
    private readonly SurveyExports _exports = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _exports.Dispose();

    [Theory, MemberData(nameof(Engines))]
    public void A_Google_Forms_export_with_both_kinds_of_space_loads_and_its_unknown_label_is_quarantined_with_file_line_column_and_reason(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);

        var summary = _exports.LoadGoogle(test.Warehouse);

        summary.Read.Should().Be(7);
        summary.Inserted.Should().Be(6);
        summary.Quarantined.Should().Be(1);
        using var connection = test.Warehouse.OpenConnection();
        var quarantined = connection.QuerySingle<(string File, long Line, string Column, string Reason)>(
            "SELECT file_name, line, column_name, reason FROM etl_quarantine");
        quarantined.File.Should().Be("respuestas.csv");
        quarantined.Line.Should().Be(7);
        quarantined.Column.Should().Be("¿Qué tan satisfecho está con la atención recibida?");
        quarantined.Reason.Should().Contain("«Regular»").And.Contain("satisfaccion").And.Contain("SAT");
        connection.Query<(string Key, DateOnly On)>("SELECT response_key, responded_on FROM fct_survey_response ORDER BY response_key")
            .Should().Equal(("id:G1", new DateOnly(2024, 3, 5)), ("id:G2", new DateOnly(2024, 3, 6)), ("id:G3", new DateOnly(2024, 3, 7)),
                ("id:G4", new DateOnly(2024, 3, 9)), ("id:G5", new DateOnly(2024, 4, 2)), ("id:G7", new DateOnly(2024, 4, 4)));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_dependency_comes_from_its_column_through_the_aliases_else_from_the_profile(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadGoogle(test.Warehouse);

        using var connection = test.Warehouse.OpenConnection();
        connection.Query<(string Key, string Dependency, string Channel, string Group)>("""
            SELECT r.response_key, d.name, c.code, g.name FROM fct_survey_response r
            JOIN dim_dependency d ON d.dependency_id = r.dependency_id JOIN dim_channel c ON c.channel_id = r.channel_id
            JOIN dim_value_group g ON g.value_group_id = r.value_group_id ORDER BY r.response_key
            """).Take(4).Should().Equal(
            ("id:G1", SurveyExports.Hacienda, "presencial", "Ciudadano"),
            ("id:G2", SurveyExports.Hacienda, "virtual", "Empresa"),
            ("id:G3", SurveyExports.General, "presencial", "Ciudadano"),
            ("id:G4", SurveyExports.General, "virtual", "Ciudadano"));
        connection.ExecuteScalar<long>("SELECT count(*) FROM dim_dependency WHERE NOT is_known").Should().Be(0);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Comments_are_kept_with_emails_phones_and_identity_numbers_masked(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadAll(test.Warehouse);

        using var connection = test.Warehouse.OpenConnection();
        connection.Query<string>("SELECT comment_text FROM fct_survey_comment").Order(StringComparer.Ordinal).Should().Equal(
            "Atendió bien; mi número [teléfono]",
            "Escribir a [correo]",
            "Excelente, escríbanme a [correo]",
            "Nadie contesta; llamar al [teléfono], cédula [documento]",
            "Todo bien");
    }

    [Theory, MemberData(nameof(Engines))]
    public void No_personal_data_reaches_any_text_column_of_the_warehouse_or_the_quarantine(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadAll(test.Warehouse);

        using var connection = test.Warehouse.OpenConnection();
        var texts = new List<string?>();
        foreach (var (table, column) in new[]
                 {
                     ("fct_survey_response", "response_key"), ("fct_survey_response", "radicado"), ("fct_survey_answer", "answer_label"),
                     ("fct_survey_comment", "comment_text"), ("fct_survey_comment", "column_name"), ("dim_survey_question", "question_text"),
                     ("dim_dependency", "name"), ("dim_value_group", "name"), ("etl_quarantine", "row_data"), ("etl_quarantine", "reason"),
                     ("etl_run", "file_name"), ("etl_run", "error"),
                 })
            texts.AddRange(connection.Query<string?>($"SELECT CAST({column} AS VARCHAR) FROM {table}"));
        var all = string.Join("\n", texts);

        foreach (var personal in new[] { "juan.perez", "Juan Pérez", "Ana Gómez", "Pedro Ruiz", "María Ríos", "maria@", "pqr@transito",
                                         "300 123 4567", "3109876543", "1.098.765.432", "3821010", "190.24.1.", "anonymous" })
            all.Should().NotContain(personal);
        all.Should().Contain("Regular", "the quarantined row keeps the columns the profile reads");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Loading_the_same_files_again_changes_nothing(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadAll(test.Warehouse);
        var before = Snapshot(test.Warehouse);

        var again = _exports.LoadGoogle(test.Warehouse);
        _exports.LoadMicrosoft(test.Warehouse);
        _exports.LoadLime(test.Warehouse);
        var tabulation = _exports.LoadTabulation(test.Warehouse);

        again.Inserted.Should().Be(0);
        again.Unchanged.Should().Be(6);
        again.Quarantined.Should().Be(1);
        tabulation.Unchanged.Should().Be(10);
        Snapshot(test.Warehouse).Should().Equal(before);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_later_export_that_appends_responses_adds_only_the_new_ones_and_a_changed_answer_updates_its_response(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadGoogle(test.Warehouse);
        var rows = SurveyExports.GoogleRows.ToList();
        rows[1] = rows[1].Replace("Satisfecho,4,9", "Satisfecho,5,9");
        rows.Add("2024/04/20 10:00:00 a. m. GMT-5,,G8,Hacienda,Virtual,,Ciudadano,Satisfecho,4,9,,");

        var later = _exports.LoadGoogle(test.Warehouse, _exports.GoogleCsv("respuestas (1).csv", rows));

        later.Inserted.Should().Be(1);
        later.Updated.Should().Be(1);
        later.Unchanged.Should().Be(5);
        using var connection = test.Warehouse.OpenConnection();
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_survey_response").Should().Be(7);
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_survey_answer").Should().Be(21);
        connection.ExecuteScalar<int>("""
            SELECT a.points FROM fct_survey_answer a JOIN fct_survey_response r ON r.response_id = a.response_id
            JOIN dim_survey_question q ON q.question_id = a.question_id WHERE r.response_key = 'id:G2' AND q.code = 'CLA'
            """).Should().Be(5);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_tabulation_without_ids_is_identified_by_content_so_appended_rows_are_the_only_new_ones(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var first = _exports.LoadTabulation(test.Warehouse);
        var rows = SurveyExports.TabulationRows().ToList();
        rows.Add(rows[^1]);    // the same answers twice are two citizens, told apart by their order
        var path = Sources.Workbooks.Write(Path.Combine(_exports.Folder, "tabulacion-2.xlsx"),
            new Dictionary<string, object?[][]> { ["Tabulación"] = [.. rows] });

        var later = SurveyLoad.Run(test.Warehouse, _exports.Profile("tab.json", SurveyExports.TabulationProfileJson), path, SurveyExports.Options);

        first.Inserted.Should().Be(10);
        later.Inserted.Should().Be(1);
        later.Unchanged.Should().Be(10);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_Microsoft_Forms_quiz_export_loads_its_answers_and_reads_real_Excel_date_cells(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);

        var summary = _exports.LoadMicrosoft(test.Warehouse);

        summary.Inserted.Should().Be(4);
        summary.Quarantined.Should().Be(0);
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<DateOnly>("SELECT responded_on FROM fct_survey_response ORDER BY response_key")
            .Should().Equal(new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 14), new DateOnly(2024, 3, 15));
        connection.Query<string>("SELECT DISTINCT d.name FROM fct_survey_response r JOIN dim_dependency d ON d.dependency_id = r.dependency_id")
            .Should().Equal("Secretaría de Tránsito");
    }

    [Theory]
    [InlineData(WarehouseEngine.DuckDb, ';')]
    [InlineData(WarehouseEngine.Postgres, ';')]
    [InlineData(WarehouseEngine.DuckDb, ',')]
    [InlineData(WarehouseEngine.Postgres, ',')]
    public void A_LimeSurvey_export_skips_incomplete_responses_and_reports_them(WarehouseEngine engine, char separator)
    {
        using var test = TestWarehouse.Create(engine);

        var summary = _exports.LoadLime(test.Warehouse, separator);

        summary.Read.Should().Be(3);
        summary.Inserted.Should().Be(3);
        summary.Incomplete.Should().Be(2);
        LoadReport.Full(summary, SurveyExports.Today).Should().Contain("2 respuesta(s) incompleta(s)");
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<string>("SELECT response_key FROM fct_survey_response ORDER BY response_key").Should().Equal("id:1", "id:3", "id:5");
    }

    private static List<string> Snapshot(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return
        [
            .. connection.Query<string>("SELECT CAST(response_id AS VARCHAR) || response_key || row_hash || CAST(last_run_id AS VARCHAR) FROM fct_survey_response ORDER BY 1"),
            .. connection.Query<string>("SELECT CAST(response_id AS VARCHAR) || CAST(question_id AS VARCHAR) || coalesce(CAST(points AS VARCHAR), '-') FROM fct_survey_answer ORDER BY 1"),
            .. connection.Query<string>("SELECT CAST(response_id AS VARCHAR) || comment_text FROM fct_survey_comment ORDER BY 1"),
            .. connection.Query<string>("SELECT file_name || CAST(line AS VARCHAR) || reason FROM etl_quarantine ORDER BY 1"),
        ];
    }
}
