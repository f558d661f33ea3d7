using Dapper;
using IndicadoresServicio.Etl.Plan;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Plan;

namespace IndicadoresServicio.Etl.Tests.Plan;

/// <summary>PD-* through the engine over the workbook of <see cref="PlanWorkbook"/>, whose figures were worked out by hand there.</summary>
public sealed class PlanIndicatorTests : IDisposable
{
    private static readonly Period Year2024 = Period.Of(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
    private static readonly DateOnly September = new(2024, 9, 30);
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-plan-medir-").FullName;

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory, MemberData(nameof(Engines))]
    public void Each_goal_measures_as_its_accumulation_type_says(WarehouseEngine engine)
    {
        using var test = Loaded(engine);

        var panel = Measure(test, [IndicatorCode.PlanYearProgress, IndicatorCode.PlanEfficacy, IndicatorCode.PlanFourYearProgress], ["meta"]);

        var byGoal = panel.Results.GroupBy(r => r.SliceValueOf(SliceName.Goal)!).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Code.Text, r => r.Value));
        Near(byGoal["3204001"], new Dictionary<string, double?> { ["PD-AV"] = 0.45, ["PD-EF"] = 0.6, ["PD-CUAT"] = 0.18 });
        Near(byGoal["1.1.2"], new Dictionary<string, double?> { ["PD-AV"] = 110.0 / 180, ["PD-EF"] = 110.0 / 115, ["PD-CUAT"] = 0.4 });
        Near(byGoal["1.2.1"], new Dictionary<string, double?> { ["PD-AV"] = 0.675, ["PD-EF"] = 0.9, ["PD-CUAT"] = 0.675 });
        Near(byGoal["2.1.1"], new Dictionary<string, double?> { ["PD-AV"] = 19.0 / 34, ["PD-EF"] = 1.0, ["PD-CUAT"] = 0.1 });
        Near(byGoal["2.1.2"], new Dictionary<string, double?> { ["PD-AV"] = null, ["PD-EF"] = null, ["PD-CUAT"] = null });
        panel.Results.Where(r => r.SliceValueOf(SliceName.Goal) == "1.1.2").Should().OnlyContain(r => r.Slices[0].Detail == "Aumentar la cobertura neta");
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_plan_is_the_mean_of_its_programmed_goals_with_its_band(WarehouseEngine engine)
    {
        using var test = Loaded(engine);

        var panel = Measure(test, [IndicatorCode.PlanYearProgress, IndicatorCode.PlanEfficacy, IndicatorCode.PlanFourYearProgress, IndicatorCode.PlanGoalsProgrammed], []);

        var plan = panel.Results.ToDictionary(r => r.Code);
        plan[IndicatorCode.PlanGoalsProgrammed].Value.Should().Be(4);
        plan[IndicatorCode.PlanYearProgress].Value.Should().BeApproximately((0.45 + 110.0 / 180 + 0.675 + 19.0 / 34) / 4, 1e-9);
        plan[IndicatorCode.PlanEfficacy].Value.Should().BeApproximately((0.6 + 110.0 / 115 + 0.9 + 1) / 4, 1e-9);
        plan[IndicatorCode.PlanFourYearProgress].Value.Should().BeApproximately((0.18 + 0.4 + 0.675 + 0.1) / 4, 1e-9);
        plan[IndicatorCode.PlanEfficacy].Band.Should().Be("sobresaliente", "0.864 is at least 80 %");
        plan[IndicatorCode.PlanYearProgress].Band.Should().Be("bajo", "0.574 is between 40 % and 59 %");
        plan[IndicatorCode.PlanFourYearProgress].Band.Should().Be("crítico");
        plan[IndicatorCode.PlanYearProgress].Light.Should().Be(TrafficLight.Rojo, "under 60 % is where a goal becomes a ruta crítica");
    }

    [Theory, MemberData(nameof(Engines))]
    public void By_dependency_line_and_program_the_goals_of_each_member_are_averaged(WarehouseEngine engine)
    {
        using var test = Loaded(engine);

        var byDependency = Measure(test, [IndicatorCode.PlanEfficacy], ["dependencia"]).Results.ToDictionary(r => r.SliceValueOf(SliceName.Dependency)!, r => r.Value);
        var byLine = Measure(test, [IndicatorCode.PlanEfficacy], ["linea"]).Results.ToDictionary(r => r.SliceValueOf(SliceName.StrategicLine)!, r => r.Value);
        var byProgram = Measure(test, [IndicatorCode.PlanGoalsProgrammed], ["programa"]).Results.ToDictionary(r => r.SliceValueOf(SliceName.Program)!, r => r.Value);

        byDependency.Should().BeEquivalentTo(new Dictionary<string, double?>
        {
            ["Secretaría de Hacienda"] = (0.6 + 1) / 2,
            ["SECRETARÍA DE EDUCACIÓN"] = 110.0 / 115,
            ["Secretaría de Salud"] = 0.9,
        });
        Near(byLine, new Dictionary<string, double?> { ["1. Social"] = (0.6 + 110.0 / 115 + 0.9) / 3, ["2. Económica"] = 1.0 });
        byProgram["Emprendimiento"].Should().Be(0, "its only goal has nothing programmed in 2024");
        byProgram["Calidad educativa"].Should().Be(1);
    }

    [Theory, MemberData(nameof(Engines))]
    public void With_a_weight_column_the_aggregates_are_weighted(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var profile = Path.Combine(_folder, "ponderado.json");
        File.WriteAllText(profile, """
            {"tipo": "plan", "fuente": "pdm", "entidad": "Alcaldía de Ejemplo", "formato": "csv", "cuatrienio": [2024, 2027],
             "columnas": {"meta_id": "Meta", "meta": "Descripción", "responsable": "Responsable", "peso": "Peso"},
             "programado": {"2024": "Programado 2024"}, "ejecutado": {"2024": "Ejecutado 2024"}}
            """);
        var file = Path.Combine(_folder, "ponderado.csv");
        // Yearly values judged once the year ends: PD-EF 0.5 weighing 3 and 1.0 weighing 1 give (1.5 + 1) / 4.
        File.WriteAllText(file, "Meta;Descripción;Responsable;Peso;Programado 2024;Ejecutado 2024\nA;Uno;Hacienda;3;10;5\nB;Dos;Hacienda;1;4;4\n");
        PlanLoad.Run(test.Warehouse, profile, file, new DateOnly(2024, 12, 31));

        var panel = IndicatorPanel.Measure(test.Warehouse,
            new MeasurementRequest(Year2024, new DateOnly(2024, 12, 31), [IndicatorCode.PlanEfficacy]), Targets.Defaults);

        panel.Results.Single().Value.Should().BeApproximately(0.625, 1e-9);
        panel.Results.Single().Current.Denominator.Should().Be(4);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_later_workbook_moves_the_year_end_figures_and_a_rerun_moves_nothing(WarehouseEngine engine)
    {
        using var test = Loaded(engine);
        var (profile, later) = PlanWorkbook.Write(_folder, fourthQuarter: true, name: "pdm-diciembre.xlsx");
        PlanLoad.Run(test.Warehouse, profile, later, new DateOnly(2024, 12, 31));
        PlanLoad.Run(test.Warehouse, profile, later, new DateOnly(2024, 12, 31));

        var panel = IndicatorPanel.Measure(test.Warehouse,
            new MeasurementRequest(Year2024, new DateOnly(2024, 12, 31), [IndicatorCode.PlanYearProgress], [SliceName.Goal]), Targets.Defaults);

        var byGoal = panel.Results.ToDictionary(r => r.SliceValueOf(SliceName.Goal)!, r => r.Value);
        byGoal["3204001"].Should().BeApproximately(30.0 / 40, 1e-9, "10 + 5 + 3 + 12 achieved of 40");
        byGoal["1.2.1"].Should().BeApproximately(3.7 / 4, 1e-9);
        byGoal["1.1.2"].Should().BeApproximately(110.0 / 180, 1e-9, "its fourth quarter is still blank");
    }

    [Fact]
    public void A_cut_off_inside_the_period_is_refused_for_petitions_and_taken_for_the_plan()
    {
        var petitions = () => IndicatorPanel.Check(new MeasurementRequest(Year2024, September, [IndicatorCode.OnTime]));
        var plan = () => IndicatorPanel.Check(new MeasurementRequest(Year2024, September, [IndicatorCode.PlanEfficacy]));

        petitions.Should().Throw<MeasurementException>();
        plan.Should().NotThrow();
    }

    private TestWarehouse Loaded(WarehouseEngine engine)
    {
        var test = TestWarehouse.Create(engine);
        var (profile, workbook) = PlanWorkbook.Write(_folder);
        PlanLoad.Run(test.Warehouse, profile, workbook, September);
        return test;
    }

    private static Panel Measure(TestWarehouse test, IReadOnlyList<IndicatorCode> indicators, IReadOnlyList<string> slices) =>
        IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(Year2024, September, indicators, slices.Select(SliceName.Parse).ToList()), Targets.Defaults);

    private static void Near(IReadOnlyDictionary<string, double?> actual, IReadOnlyDictionary<string, double?> expected)
    {
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (key, value) in expected)
            if (value is null)
                actual[key].Should().BeNull(key);
            else
                actual[key].Should().BeApproximately(value.Value, 1e-9, key);
    }
}
