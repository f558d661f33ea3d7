using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class AlertListTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    // Saturday: counts from the same business-day index as Friday 04-12.
    private static readonly DateOnly SaturdayCutOff = D("2024-04-13");

    /// <returns>The fixture, the entity and Hacienda, for tests that add more.</returns>
    private static (PetitionFixture Fixture, int Entity, int Hacienda) LoadOpenPetitions(IndicadoresServicio.Warehousing.Warehouse warehouse)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var hacienda = fixture.Dependency(entity, Hacienda);
        var gobierno = fixture.Dependency(entity, Gobierno);
        var transito = fixture.Dependency(entity, "Área de Tránsito");
        fixture.Add(
            new("A", entity, gobierno, D("2024-03-20"), D("2024-04-12")),                                     // due Friday: overdue
            new("B", entity, hacienda, D("2024-03-18"), D("2024-04-10")) { Type = "queja" },                  // overdue, 2 days
            new("C", entity, gobierno, D("2024-03-21"), D("2024-04-15")),                                     // Monday: 1 left
            new("D", entity, hacienda, D("2024-03-27"), D("2024-04-19")),                                     // 5 left
            new("E", entity, hacienda, D("2024-03-27"), D("2024-04-22")),                                     // 6 left: not yet
            new("F", entity, hacienda, D("2024-03-18"), D("2024-04-10")) { AnsweredOn = D("2024-04-11") },    // answered
            new("G", entity, hacienda, D("2024-03-18"), D("2024-04-10")) { AnsweredOn = D("2024-04-16") },    // answered after the cut-off
            new("H", entity, hacienda, D("2024-03-18"), null) { Type = "felicitacion" },                      // no term
            new("I", entity, transito, D("2024-03-25"), D("2024-04-16")) { Type = "informacion", TermDays = 10 },
            new("J", entity, hacienda, D("2024-02-20"), D("2024-03-12")));                                    // filed before the period
        return (fixture, entity, hacienda);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Alerts_list_open_petitions_by_dependency_oldest_due_first_with_business_days_left(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadOpenPetitions(test.Warehouse);

        var alerts = PetitionAlerts.List(test.Warehouse, new MeasurementRequest(March, SaturdayCutOff));

        alerts.Select(a => (a.Dependency, a.Radicado, a.DueOn, a.BusinessDaysLeft)).Should().Equal(
            ("Área de Tránsito", "I", D("2024-04-16"), 2),
            (Gobierno, "A", D("2024-04-12"), -1),
            (Gobierno, "C", D("2024-04-15"), 1),
            (Hacienda, "B", D("2024-04-10"), -2),
            (Hacienda, "G", D("2024-04-10"), -2),
            (Hacienda, "D", D("2024-04-19"), 5));
        alerts.Where(a => a.IsOverdue).Select(a => a.Radicado).Should().Equal("A", "B", "G");
        var b = alerts.Single(a => a.Radicado == "B");
        b.Should().Be(new PetitionAlert("Alcaldía de Prueba", Hacienda, "B", "Queja", D("2024-03-18"), D("2024-04-10"), -2));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_alert_window_and_filters_are_the_requests(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadOpenPetitions(test.Warehouse);

        var narrow = PetitionAlerts.List(test.Warehouse, new MeasurementRequest(March, SaturdayCutOff, AlertDays: 1));
        var hacienda = PetitionAlerts.List(test.Warehouse,
            new MeasurementRequest(March, SaturdayCutOff, Filters: [new SliceFilter(SliceName.Dependency, Hacienda)], AlertDays: 10));

        narrow.Select(a => a.Radicado).Should().Equal("A", "C", "B", "G");
        hacienda.Select(a => a.Radicado).Should().Equal("B", "G", "D", "E");
    }

    [Theory, MemberData(nameof(Engines))]
    public void On_a_business_day_cut_off_the_due_date_itself_has_zero_days_left(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        LoadOpenPetitions(test.Warehouse);

        var alerts = PetitionAlerts.List(test.Warehouse, new MeasurementRequest(March, D("2024-04-15")));

        alerts.Select(a => (a.Radicado, a.BusinessDaysLeft)).Should().Equal(
            ("I", 1), ("A", -1), ("C", 0), ("B", -3), ("G", -3), ("D", 4), ("E", 5));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_summary_counts_every_dependency_and_keeps_the_lists_first_rows_even_across_tied_due_dates(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, hacienda) = LoadOpenPetitions(test.Warehouse);
        // Same dependency and due date as B and G: only the radicado decides, ordinally ("B10" before "B2", "b" last).
        fixture.Add(
            new("B2", entity, hacienda, D("2024-03-18"), D("2024-04-10")),
            new("B10", entity, hacienda, D("2024-03-18"), D("2024-04-10")),
            new("b", entity, hacienda, D("2024-03-18"), D("2024-04-10")));
        var request = new MeasurementRequest(March, SaturdayCutOff);
        var list = PetitionAlerts.List(test.Warehouse, request);

        list.Select(a => a.Radicado).Should().Equal("I", "A", "C", "B", "B10", "B2", "G", "b", "D");
        for (var take = 0; take <= list.Count + 1; take++)
        {
            var summary = PetitionAlerts.Summarize(test.Warehouse, request, take);

            summary.First.Should().Equal(list.Take(take), $"los primeros {take} deben ser los de la lista completa");
            summary.Dependencies.Select(d => (d.Dependency, d.Overdue, d.DueSoon)).Should().Equal(
                ("Área de Tránsito", 0L, 1L), (Gobierno, 1L, 1L), (Hacienda, 5L, 1L));
            summary.Total.Should().Be(list.Count);
            summary.Overdue.Should().Be(list.Count(a => a.IsOverdue));
        }
    }
}
