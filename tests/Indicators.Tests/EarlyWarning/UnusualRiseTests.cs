using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Tests.EarlyWarning;

/// <summary>Alza inusual on <see cref="UnusualRiseFixture"/> (cut-off Wednesday 2024-09-18), flags worked out by hand.</summary>
public sealed class UnusualRiseTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void A_week_is_flagged_when_its_arrivals_pass_the_upper_bound_of_the_forecast_made_before_it_began(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        UnusualRiseFixture.Load(test.Warehouse);

        var flagged = WarehouseUnusualRise.Find(test.Warehouse, UnusualRiseFixture.CutOff);

        // Week of 09-09, judged by the run of 09-08: Hacienda 15 > 14; the predial tax 6 > 5; Tránsito 4 > 3 but under
        // 5 arrivals; the virtual channel 19 <= 30; the entity is not watched.
        // Week of 09-16 through the 18th, judged by the run of 09-15 (not 09-08's 14, not 09-17's 100): Hacienda 10 > 9
        // (the 30 of the 19th are after the cut-off); Tránsito 6 > 2.
        // Largest excess first: Tránsito 6/2 = 3.0, predial 6/5 = 1.2, Hacienda 10/9 = 1.11, Hacienda 15/14 = 1.07.
        flagged.Select(w => (w.Slice, w.Series, w.Week, w.Filed, w.Upper, w.Origin)).Should().Equal(
            (ArrivalSlice.Dependency, UnusualRiseFixture.Transito, new DateOnly(2024, 9, 16), 6L, 2.0, new DateOnly(2024, 9, 15)),
            (ArrivalSlice.Topic, UnusualRiseFixture.Predial, new DateOnly(2024, 9, 9), 6L, 5.0, new DateOnly(2024, 9, 8)),
            (ArrivalSlice.Dependency, UnusualRiseFixture.Hacienda, new DateOnly(2024, 9, 16), 10L, 9.0, new DateOnly(2024, 9, 15)),
            (ArrivalSlice.Dependency, UnusualRiseFixture.Hacienda, new DateOnly(2024, 9, 9), 15L, 14.0, new DateOnly(2024, 9, 8)));
        flagged[0].Complete.Should().BeFalse("the week of 09-16 is counted through the cut-off only");
        flagged[0].Through.Should().Be(UnusualRiseFixture.CutOff);
        flagged[1].Complete.Should().BeTrue();
        flagged[1].Expected.Should().Be(3);
    }

    [Fact]
    public void The_judged_weeks_are_the_last_complete_one_and_the_one_in_progress()
    {
        UnusualRise.Weeks(new DateOnly(2024, 9, 18)).Should().Equal(new DateOnly(2024, 9, 9), new DateOnly(2024, 9, 16));
        // A Sunday cut-off completes its week.
        UnusualRise.Weeks(new DateOnly(2024, 9, 22)).Should().Equal(new DateOnly(2024, 9, 9), new DateOnly(2024, 9, 16));
        UnusualRise.Weeks(new DateOnly(2024, 9, 23)).Should().Equal(new DateOnly(2024, 9, 16), new DateOnly(2024, 9, 23));
    }
}
