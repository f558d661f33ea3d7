using Dapper;
using IndicadoresServicio.Etl.Plan;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Plan;

namespace IndicadoresServicio.Etl.Tests.Plan;

public sealed class PlanLoadTests : IDisposable
{
    private static readonly DateOnly CutOff = new(2024, 9, 30);
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-plan-").FullName;

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory, MemberData(nameof(Engines))]
    public void A_messy_plan_workbook_loads_every_goal_and_quarantines_the_totals_row_and_the_unreadable_number(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (profile, workbook) = PlanWorkbook.Write(_folder);

        var summary = PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);

        summary.Should().BeEquivalentTo(new { Read = 7L, Inserted = 5L, Updated = 0L, Unchanged = 0L, Quarantined = 2L });
        summary.Notices.Should().Contain(n => n.Contains("fila 3"), "the header is found below the title rows");
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<(long Line, string Column, string Reason)>("SELECT line, column_name, reason FROM etl_quarantine ORDER BY line")
            .Should().SatisfyRespectively(
                unreadable => unreadable.Should().Match<(long Line, string Column, string Reason)>(q =>
                    q.Line == 9 && q.Column == "T1. EJECUTADO 2024" && q.Reason.Contains("«alto» no es un número")),
                totals => totals.Should().Match<(long Line, string Column, string Reason)>(q =>
                    q.Line == 11 && q.Column == "COD META PRODUCTO" && q.Reason.Contains("fila de totales")));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Goals_keep_the_products_baseline_typed_numbers_fractions_percentages_and_trend_codes(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (profile, workbook) = PlanWorkbook.Write(_folder);

        PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);

        using var connection = test.Warehouse.OpenConnection();
        connection.Query<(string Code, string Text, double? Baseline, double? Target, string Accumulation)>(
                "SELECT goal_code, goal_text, baseline, four_year_target, accumulation FROM dim_plan_goal ORDER BY goal_code")
            .Should().Equal(
                ("1.1.2", "Aumentar la cobertura neta", 50, 70, "incremento"),
                ("1.2.1", "Mantener la cobertura de vacunación", 1, 1, "mantenimiento"),
                ("2.1.1", "Reducir el desempleo juvenil", 20, 10, "reduccion"),
                ("2.1.2", "Crear el centro de emprendimiento", 0, 1, "capacidad"),
                ("3204001", "Construir 100 aulas escolares", 0, 100, "suma"));
        connection.Query<(int Quarter, double? Programmed, double? Achieved)>("""
                SELECT CAST(v.quarter AS INTEGER), v.programmed, v.achieved FROM fct_plan_value v
                JOIN dim_plan_goal g ON g.goal_id = v.goal_id WHERE g.goal_code = '1.2.1' AND v.year = 2024 ORDER BY v.quarter
                """)
            .Should().Equal((1, 1.0, 0.9), (2, 1.0, 0.8), (3, 1.0, 1.0), (4, 1.0, null));
        connection.Query<int>("""
                SELECT CAST(v.quarter AS INTEGER) FROM fct_plan_value v JOIN dim_plan_goal g ON g.goal_id = v.goal_id
                WHERE g.goal_code = '1.1.2' AND v.year = 2024 ORDER BY v.quarter
                """)
            .Should().Equal([2, 3, 4], "\"NP\" in the first quarter means not programmed, and nothing was achieved in it");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Responsible_names_meet_the_dependencies_petitions_use_through_aliases_accents_case_and_spaces(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var fixture = new PetitionFixture(test.Warehouse);
        var entity = fixture.Entity(PlanWorkbook.Entity);
        var education = fixture.Dependency(entity, "Secretaría de Educación");
        var (profile, workbook) = PlanWorkbook.Write(_folder);

        PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);

        using var connection = test.Warehouse.OpenConnection();
        connection.Query<string>("SELECT name FROM dim_dependency ORDER BY name")
            .Should().Equal("Secretaría de Educación", "Secretaría de Hacienda", "Secretaría de Salud");
        connection.QuerySingle<int>("SELECT dependency_id FROM dim_plan_goal WHERE goal_code = '1.1.2'")
            .Should().Be(education, "«SECRETARÍA  DE EDUCACIÓN» is the member petitions already use");
        connection.Query<string>("SELECT DISTINCT d.name FROM dim_plan_goal g JOIN dim_dependency d ON d.dependency_id = g.dependency_id WHERE g.goal_code IN ('3204001', '2.1.1')")
            .Should().Equal(["Secretaría de Hacienda"], "the alias and the official name are one member");
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_same_workbook_twice_changes_nothing(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (profile, workbook) = PlanWorkbook.Write(_folder);
        PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);
        var before = Snapshot(test.Warehouse);

        var again = PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);

        again.Should().BeEquivalentTo(new { Read = 7L, Inserted = 0L, Updated = 0L, Unchanged = 5L, Quarantined = 2L });
        Snapshot(test.Warehouse).Should().Equal(before);
        using var connection = test.Warehouse.OpenConnection();
        connection.ExecuteScalar<long>("SELECT count(*) FROM etl_quarantine").Should().Be(2);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_later_workbook_with_the_fourth_quarter_updates_its_goals_without_duplicates(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (profile, workbook) = PlanWorkbook.Write(_folder);
        PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);
        var (_, later) = PlanWorkbook.Write(_folder, fourthQuarter: true, name: "pdm-diciembre.xlsx");

        var summary = PlanLoad.Run(test.Warehouse, profile, later, new DateOnly(2024, 12, 31));

        summary.Should().BeEquivalentTo(new { Inserted = 0L, Updated = 2L, Unchanged = 3L, Quarantined = 2L });
        using var connection = test.Warehouse.OpenConnection();
        connection.ExecuteScalar<long>("SELECT count(*) FROM dim_plan_goal").Should().Be(5);
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_plan_value WHERE year = 2024 AND quarter = 4").Should().Be(4);
        connection.QuerySingle<double>("""
                SELECT v.achieved FROM fct_plan_value v JOIN dim_plan_goal g ON g.goal_id = v.goal_id
                WHERE g.goal_code = '3204001' AND v.year = 2024 AND v.quarter = 4
                """).Should().Be(12);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_follow_up_file_per_period_sets_the_achieved_values_and_quarantines_goals_the_plan_lacks(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (profile, workbook) = PlanWorkbook.Write(_folder);
        PlanLoad.Run(test.Warehouse, profile, workbook, CutOff);
        var followUpProfile = Path.Combine(_folder, "seguimiento.json");
        File.WriteAllText(followUpProfile, """
            {"tipo": "plan", "fuente": "pdm-seguimiento", "entidad": "Alcaldía de Ejemplo", "formato": "csv", "cuatrienio": [2024, 2027],
             "columnas": {"meta_id": "Código meta"}, "ejecutado": {"2024-T4": "Logro del trimestre"}}
            """);
        var followUp = Path.Combine(_folder, "seguimiento-2024-T4.csv");
        File.WriteAllText(followUp, "Código meta;Logro del trimestre\n1.1.2;66\n3204001;12\n9.9.9;4\n");

        var summary = PlanLoad.Run(test.Warehouse, followUpProfile, followUp, new DateOnly(2024, 12, 31));

        summary.Should().BeEquivalentTo(new { Read = 3L, Inserted = 0L, Updated = 2L, Quarantined = 1L });
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<(string Code, double Programmed, double Achieved)>("""
                SELECT g.goal_code, v.programmed, v.achieved FROM fct_plan_value v JOIN dim_plan_goal g ON g.goal_id = v.goal_id
                WHERE v.year = 2024 AND v.quarter = 4 AND v.achieved IS NOT NULL ORDER BY g.goal_code
                """).Should().Equal(("1.1.2", 65, 66), ("3204001", 10, 12));
        connection.QuerySingle<string>("SELECT reason FROM etl_quarantine WHERE source = 'pdm-seguimiento'")
            .Should().Contain("«9.9.9» no está en el plan cargado");
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_plan_value WHERE achieved IS NOT NULL AND year = 2024 AND quarter < 4")
            .Should().Be(9, "the follow-up file of the fourth quarter leaves the other quarters as they were");
    }

    [Fact]
    public void A_profile_with_a_period_outside_its_cuatrienio_or_an_unknown_accumulation_type_is_refused_with_every_reason()
    {
        var path = Path.Combine(_folder, "malo.json");
        File.WriteAllText(path, """
            {"tipo": "plan", "fuente": "pdm", "entidad": "X", "formato": "xlsx", "cuatrienio": [2024, 2027],
             "columnas": {"meta_id": "COD", "meta": "META", "color": "C"},
             "programado": {"2028": "P2028", "2024-T5": "P"}, "valores": {"tipo_acumulacion": {"S": "sumatoria"}}}
            """);

        var refused = () => PlanProfiles.Load(path);

        refused.Should().Throw<IndicadoresServicio.Etl.Profiles.ProfileException>().Which.Message.Should()
            .Contain("\"columnas.color\" no es un campo del plan")
            .And.Contain("«2028» está fuera del cuatrienio 2024-2027")
            .And.Contain("«2024-T5» no se entiende")
            .And.Contain("«sumatoria», que no es un tipo de acumulación");
    }

    [Fact]
    public void Plan_numbers_read_fractions_percentages_colombian_decimals_and_not_programmed_words()
    {
        string?[] texts = ["0.5", "50%", "45,5 %", "1.250,5", "1,250.5", "NP", "", "n/a", "12"];
        texts.Select(t => PlanNumbers.TryParse(t, out var v) ? v : -1)
            .Should().Equal(0.5, 0.5, 0.455, 1250.5, 1250.5, null, null, null, 12.0);
        PlanNumbers.TryParse("alto", out _).Should().BeFalse();
    }

    private static List<string> Snapshot(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<string>("""
                SELECT g.goal_code || '|' || g.row_hash || '|' || CAST(g.last_run_id AS VARCHAR) || '|' || CAST(v.year AS VARCHAR) || '-' ||
                    CAST(v.quarter AS VARCHAR) || '|' || COALESCE(CAST(v.programmed AS VARCHAR), '') || '|' || COALESCE(CAST(v.achieved AS VARCHAR), '')
                FROM dim_plan_goal g JOIN fct_plan_value v ON v.goal_id = g.goal_id ORDER BY 1
                """).ToList();
    }
}
