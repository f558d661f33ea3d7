using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class PetitionListingTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void The_listing_shows_each_petition_of_the_period_with_its_status_at_the_cut_off_oldest_first(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var page = PetitionListing.List(test.Warehouse, Request(), 100);

        page.Total.Should().Be(9, "R1 to R9 were filed in March; R10 and R11 fall outside");
        page.First.Select(p => (p.Radicado, p.Status)).Should().Equal(
            ("R1", "oportuno"), ("R2", "no_oportuno"), ("R3", "oportuno"), ("R4", "vencido"), ("R7", "sin_termino"),
            ("R8", "vencido"), ("R9", "oportuno"), ("R5", "a_tiempo"), ("R6", "a_tiempo"));
        var r8 = page.First.Single(p => p.Radicado == "R8");
        r8.AnsweredOn.Should().BeNull("its answer came after the cut-off");
        r8.BusinessDaysToAnswer.Should().BeNull();
        page.First.Single(p => p.Radicado == "R2").Should().Be(new ListedPetition("Alcaldía de Prueba", Hacienda, "R2", "Petición de interés general o particular", "Presencial",
            null, D("2024-03-04"), D("2024-03-26"), D("2024-04-01"), 17, "no_oportuno"));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_listing_agrees_with_the_panel_for_the_same_filters_and_shows_only_the_first_rows_asked(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var request = new MeasurementRequest(March, CutOff, Filters: [new SliceFilter(SliceName.Dependency, Gobierno), new SliceFilter(SliceName.Channel, "presencial")]);

        var page = PetitionListing.List(test.Warehouse, request, 1);
        var panel = IndicatorPanel.Measure(test.Warehouse, request with { Indicators = [IndicatorCode.Volume] }, Targets.Defaults);

        page.Total.Should().Be((long)panel.Results.Single().Value!.Value).And.Be(2, "R4 and R9");
        page.First.Select(p => p.Radicado).Should().Equal("R4");
        PetitionListing.List(test.Warehouse, request, 0).First.Should().BeEmpty();
    }
}
