using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Paac;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Paac;
using static IndicadoresServicio.TestSupport.Paac.PaacFixture;

namespace IndicadoresServicio.Indicators.Tests.Paac;

/// <summary>
/// PAAC-AV, PAAC-CUMP and PAAC-REZ of <see cref="PaacFixture.Plan2024"/> at each cut-off, every figure worked out by
/// hand in the comments (progress in percent points; the engine gives fractions).
/// </summary>
public sealed class PaacMeasureTests
{
    private const string Entity = "Alcaldía de Ejemplo";
    private const string Risks = "Gestión del riesgo de corrupción - Mapa de riesgos de corrupción";
    private const string Service = "Mecanismos para mejorar la atención al ciudadano";

    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static Panel Measure(IndicadoresServicio.Warehousing.Warehouse warehouse, DateOnly cutOff, params string[] slices) =>
        IndicatorPanel.Measure(warehouse, new MeasurementRequest(Period.Of(new(2024, 1, 1), new(2024, 12, 31)), cutOff,
            [IndicatorCode.PaacProgress, IndicatorCode.PaacCompleted, IndicatorCode.PaacLagging], slices.Select(SliceName.Parse).ToList()), Targets.Defaults);

    private static IndicatorResult Row(Panel panel, IndicatorCode code, string? slice = null, string? member = null) =>
        panel.Results.Single(r => r.Code == code && (slice is null || r.SliceValueOf(SliceName.Parse(slice)) == member));

    [Theory, MemberData(nameof(Engines))]
    public void At_the_April_cut_off_only_what_was_due_by_April_counts(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(Entity, Plan2024);

        var plan = Measure(test.Warehouse, April);
        var byComponent = Measure(test.Warehouse, April, "componente");

        // Component 1: 1.1 (100) and the recurring 2.1 (30) are due: 65 %. Component 4: only the recurring 1.2 (33).
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Risks).Value.Should().BeApproximately(0.65, 1e-9);
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Risks).Light.Should().Be(TrafficLight.Amarillo);
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Service).Value.Should().BeApproximately(0.33, 1e-9);
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Service).Light.Should().Be(TrafficLight.Rojo);
        // The plan: the mean of its components, (65 + 33) / 2 = 49 %; 1 of 3 due activities at 100 %; 2 lagging.
        Row(plan, IndicatorCode.PaacProgress).Value.Should().BeApproximately(0.49, 1e-9);
        Row(plan, IndicatorCode.PaacCompleted).Current.Should().Be(new Figures(1, 3, 1.0 / 3));
        Row(plan, IndicatorCode.PaacLagging).Value.Should().Be(2);
    }

    [Theory, MemberData(nameof(Engines))]
    public void At_the_August_cut_off_components_dependencies_and_subcomponents_have_their_means(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(Entity, Plan2024);

        var plan = Measure(test.Warehouse, August);
        var byComponent = Measure(test.Warehouse, August, "componente");
        var byDependency = Measure(test.Warehouse, August, "dependencia");
        var bySubcomponent = Measure(test.Warehouse, August, "subcomponente");

        // Component 1: 1.1 (100), 1.2 (80), 2.1 (60): 80 %, verde; component 4: 1.1 (100), 1.2 (66): 83 %.
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Risks).Value.Should().BeApproximately(0.80, 1e-9);
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Risks).Light.Should().Be(TrafficLight.Verde);
        Row(byComponent, IndicatorCode.PaacProgress, "componente", Service).Value.Should().BeApproximately(0.83, 1e-9);
        Row(byComponent, IndicatorCode.PaacCompleted, "componente", Risks).Current.Should().Be(new Figures(1, 3, 1.0 / 3));
        Row(plan, IndicatorCode.PaacProgress).Value.Should().BeApproximately(0.815, 1e-9);
        Row(plan, IndicatorCode.PaacCompleted).Current.Should().Be(new Figures(2, 5, 0.4));
        Row(plan, IndicatorCode.PaacLagging).Value.Should().Be(3);
        // Planeación: 1.1 (100) and 1.2 (80); its 2.2 of component 4 falls due in December. Control Interno: nothing due.
        byDependency.Results.Where(r => r.Code == IndicatorCode.PaacProgress).Select(r => (r.SliceValueOf(SliceName.Dependency), Math.Round(r.Value!.Value, 6)))
            .Should().Equal(("Comunicaciones", 0.6), ("Oficina Asesora de Planeación", 0.9), ("Secretaría General", 0.83));
        bySubcomponent.Results.Where(r => r.Code == IndicatorCode.PaacProgress).Select(r => (r.SliceValueOf(SliceName.Subcomponent), Math.Round(r.Value!.Value, 6)))
            .Should().Equal(("Consulta y divulgación", 0.6), ("Estructura administrativa", 0.83), ("Política de administración de riesgos", 0.9));
    }

    [Theory, MemberData(nameof(Engines))]
    public void At_the_December_cut_off_a_due_activity_without_report_counts_zero_and_a_dependency_pools_its_activities(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(Entity, Plan2024);

        var plan = Measure(test.Warehouse, December);
        var byDependency = Measure(test.Warehouse, December, "dependencia");

        // Component 1: 100, 0 (1.2 sin reporte), 90, 100 = 72.5 %; component 4: 100, 100, 90 = 96.67 %; plan: 84.58 %.
        Row(plan, IndicatorCode.PaacProgress).Value.Should().BeApproximately((0.725 + 2.9 / 3) / 2, 1e-9);
        Row(plan, IndicatorCode.PaacCompleted).Current.Should().Be(new Figures(4, 7, 4.0 / 7));
        Row(plan, IndicatorCode.PaacLagging).Value.Should().Be(3);
        Row(plan, IndicatorCode.PaacLagging).Statistic(StatisticName.Unreported).Should().Be(1);
        // Planeación: 1.1 (100), 1.2 (0) and component 4's 2.2 (90): (100 + 0 + 90) / 3, not the mean of component means (70 %).
        Row(byDependency, IndicatorCode.PaacProgress, "dependencia", "Oficina Asesora de Planeación").Value.Should().BeApproximately(1.9 / 3, 1e-9);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_cut_off_between_follow_ups_reads_the_latest_follow_up_before_it(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(Entity, Plan2024);

        var september = Measure(test.Warehouse, new DateOnly(2024, 9, 15));

        Row(september, IndicatorCode.PaacProgress).Value.Should().BeApproximately(0.815, 1e-9);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_previous_vigencia_at_the_same_cut_off_is_the_comparison(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(Entity, Plan2024)
            .Add(Entity, new FixtureActivity(1, "1.1", "Comunicaciones", null, P(10, 50, 100), Vigencia: 2023));

        var plan = Measure(test.Warehouse, August);

        Row(plan, IndicatorCode.PaacProgress).PreviousValue.Should().BeApproximately(0.5, 1e-9);
        Row(plan, IndicatorCode.PaacProgress).Change.Should().BeApproximately(0.315, 1e-9);
    }

    [Fact]
    public void The_cut_off_may_fall_inside_the_vigencia_but_not_before_it()
    {
        var request = new MeasurementRequest(Period.Of(new(2024, 1, 1), new(2024, 12, 31)), new(2023, 12, 31), [IndicatorCode.PaacProgress]);

        FluentActions.Invoking(() => IndicatorPanel.Check(request)).Should().Throw<MeasurementException>();
        FluentActions.Invoking(() => IndicatorPanel.Check(request with { CutOff = August })).Should().NotThrow();
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_activity_list_agrees_with_the_engine_on_what_is_due_lagging_and_unreported(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(Entity, Plan2024);

        foreach (var cutOff in new[] { April, August, December })
        {
            var activities = PaacActivities.At(test.Warehouse, 2024, cutOff);
            var plan = Measure(test.Warehouse, cutOff);
            activities.Should().HaveCount(7);
            activities.Count(a => a.IsDue).Should().Be((int)Row(plan, IndicatorCode.PaacCompleted).Current.Denominator!.Value, cutOff.ToString());
            activities.Count(a => a.IsLagging).Should().Be((int)Row(plan, IndicatorCode.PaacLagging).Value!.Value, cutOff.ToString());
            activities.Count(a => a.Unreported).Should().Be((int)Row(plan, IndicatorCode.PaacLagging).Statistic(StatisticName.Unreported)!.Value, cutOff.ToString());
        }
        var december = PaacActivities.At(test.Warehouse, 2024, December).Single(a => a.ComponentNumber == 1 && a.Number == "1.2");
        december.Unreported.Should().BeTrue();
        december.Responsible.Should().Be("Oficina Asesora de Planeación");
    }
}
