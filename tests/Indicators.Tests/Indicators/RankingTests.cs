using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class RankingTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    /// <summary>
    /// Four dependencies in March 2024, cut-off 2024-04-15. Timeliness (PQ-OPO): Tránsito 2/2, Educación 1/2,
    /// Salud 1/2, Cultura nothing answered. Overdue rate (PQ-VEN): Tránsito 0/2, Educación 1/2, Salud 1/2,
    /// Cultura 1/1. Tránsito also had one late answer in February (previous PQ-OPO 0/1).
    /// </summary>
    private static void LoadFour(IndicadoresServicio.Warehousing.Warehouse warehouse)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var transito = fixture.Dependency(entity, "Área de Tránsito");
        var educacion = fixture.Dependency(entity, "Secretaría de Educación");
        var salud = fixture.Dependency(entity, "Secretaría de Salud");
        var cultura = fixture.Dependency(entity, "Casa de la Cultura");
        FixturePetition OnTime(string radicado, int dependency) =>
            new(radicado, entity, dependency, D("2024-03-01"), D("2024-03-22")) { AnsweredOn = D("2024-03-20"), DaysToAnswer = 13 };
        FixturePetition Late(string radicado, int dependency) =>
            new(radicado, entity, dependency, D("2024-03-01"), D("2024-03-22")) { AnsweredOn = D("2024-04-02"), DaysToAnswer = 18 };
        fixture.Add(
            OnTime("T1", transito), OnTime("T2", transito),
            OnTime("E1", educacion), Late("E2", educacion),
            OnTime("S1", salud), Late("S2", salud),
            new("C1", entity, cultura, D("2024-03-01"), D("2024-03-22")),
            new("T0", entity, transito, D("2024-02-01"), D("2024-02-22")) { AnsweredOn = D("2024-03-01"), DaysToAnswer = 19 });
    }

    [Theory, MemberData(nameof(Engines))]
    public void Timeliness_ranks_highest_first_with_shared_positions_and_no_value_last(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadFour(test.Warehouse);

        var ranking = DependencyRanking.Measure(test.Warehouse, new MeasurementRequest(March, CutOff), IndicatorCode.OnTime, Targets.Defaults);

        ranking.Select(r => (r.Position, r.Dependency, r.Value)).Should().Equal(
            (1, "Área de Tránsito", 1.0),
            (2, "Secretaría de Educación", 0.5),
            (2, "Secretaría de Salud", 0.5),
            ((int?)null, "Casa de la Cultura", (double?)null));
        ranking[0].PreviousValue.Should().Be(0.0);
        ranking[0].Change.Should().Be(1.0);
        ranking[0].Light.Should().Be(TrafficLight.Verde);
        ranking[1].Light.Should().Be(TrafficLight.Rojo);
        ranking[3].Light.Should().Be(TrafficLight.SinDatos);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_overdue_rate_ranks_lowest_first(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadFour(test.Warehouse);

        var ranking = DependencyRanking.Measure(test.Warehouse, new MeasurementRequest(March, CutOff), IndicatorCode.Overdue, Targets.Defaults);

        ranking.Select(r => (r.Position, r.Dependency, r.Value)).Should().Equal(
            (1, "Área de Tránsito", 0.0),
            (2, "Secretaría de Educación", 0.5),
            (2, "Secretaría de Salud", 0.5),
            (4, "Casa de la Cultura", 1.0));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Volume_is_informative_and_ranks_largest_first(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadFour(test.Warehouse);

        var ranking = DependencyRanking.Measure(test.Warehouse, new MeasurementRequest(March, CutOff), IndicatorCode.Volume, Targets.Defaults);

        ranking.Select(r => (r.Position, r.Dependency)).Should().Equal(
            (1, "Área de Tránsito"), (1, "Secretaría de Educación"), (1, "Secretaría de Salud"), (4, "Casa de la Cultura"));
        ranking.Should().OnlyContain(r => r.Light == TrafficLight.SinMeta);
    }
}
