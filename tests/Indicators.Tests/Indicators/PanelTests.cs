using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class PanelTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void Every_petition_indicator_matches_the_hand_computed_march_cohort(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request(), Targets.Defaults);

        panel.Results.Select(r => r.Code).Should().Equal(IndicatorCode.Volume, IndicatorCode.Answered, IndicatorCode.AnswerTime, IndicatorCode.OnTime, IndicatorCode.Overdue, IndicatorCode.DueSoon, IndicatorCode.Transferred, IndicatorCode.SurveyResponses, IndicatorCode.Satisfaction, IndicatorCode.MeanScore, IndicatorCode.NetPromoter);
        var r = panel.Results.ToDictionary(x => x.Code);
        r[IndicatorCode.Volume].Current.Should().Be(new Figures(9, null, 9));
        r[IndicatorCode.Answered].Current.Should().Be(new Figures(5, null, 5));            // R1 R2 R3 R7 R9; R8 answered after the cut-off
        r[IndicatorCode.AnswerTime].Current.Should().Be(new Figures(47, 4, 11.75));          // 10 + 17 + 5 + 15, felicitación left out
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.Median).Should().Be(12.5);
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.P90).Should().BeApproximately(16.4, 1e-9);       // 15 + 0.7 × (17 − 15)
        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(3, 4, 0.75));            // R1 R3 R9 / R1 R2 R3 R9
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(3, 8, 0.375));           // R2 late + R4 R8 overdue / 8 with a term
        r[IndicatorCode.DueSoon].Current.Should().Be(new Figures(1, null, 1));           // R6; R5 is 14 business days away
        r[IndicatorCode.Transferred].Current.Should().Be(new Figures(1, 8, 0.125));         // R9
    }

    [Theory, MemberData(nameof(Engines))]
    public void Each_indicator_compares_with_the_previous_month_cut_off_as_long_after_its_end(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request(), Targets.Defaults);

        panel.PreviousPeriod.Should().Be(Period.Of(D("2024-02-01"), D("2024-02-29")));
        panel.PreviousCutOff.Should().Be(D("2024-03-15"));
        var r = panel.Results.ToDictionary(x => x.Code);
        r[IndicatorCode.Volume].Previous.Should().Be(new Figures(1, null, 1));           // R10
        r[IndicatorCode.Volume].Change.Should().Be(8);
        r[IndicatorCode.OnTime].Previous.Should().Be(new Figures(1, 1, 1.0));
        r[IndicatorCode.OnTime].Change.Should().Be(-0.25);
        r[IndicatorCode.Overdue].Previous.Should().Be(new Figures(0, 1, 0.0));
        r[IndicatorCode.Overdue].Change.Should().Be(0.375);
        r[IndicatorCode.AnswerTime].Previous.Should().Be(new Figures(8, 1, 8));
        r[IndicatorCode.AnswerTime].Change.Should().Be(3.75);
        r[IndicatorCode.Transferred].Change.Should().Be(0.125);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Traffic_lights_follow_each_direction_and_the_default_targets(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request(), Targets.Defaults);

        var r = panel.Results.ToDictionary(x => x.Code);
        r[IndicatorCode.OnTime].Target.Should().Be(new Target(0.95, 0.05));
        r[IndicatorCode.OnTime].Light.Should().Be(TrafficLight.Rojo);                        // 75 % < 90 %
        r[IndicatorCode.Overdue].Light.Should().Be(TrafficLight.Rojo);                        // 37.5 % > 10 %
        r[IndicatorCode.AnswerTime].Light.Should().Be(TrafficLight.Amarillo);                    // 11.75 days: over 10, within 15
        r[IndicatorCode.Volume].Light.Should().Be(TrafficLight.SinMeta);
        r[IndicatorCode.Volume].Target.Should().BeNull();
        r[IndicatorCode.Transferred].Light.Should().Be(TrafficLight.SinMeta);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_period_without_petitions_measures_zero_and_null_without_dividing_by_zero(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var january = Period.Of(D("2024-01-01"), D("2024-01-31"));

        var panel = IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(january, D("2024-02-15")), Targets.Defaults);

        var r = panel.Results.ToDictionary(x => x.Code);
        r.Should().HaveCount(IndicatorCatalogue.All.Count(i => i.Source == MeasureSources.Petitions || i.Source == MeasureSources.Surveys));
        r[IndicatorCode.Volume].Current.Should().Be(new Figures(0, null, 0));
        r[IndicatorCode.Answered].Current.Should().Be(new Figures(0, null, 0));
        r[IndicatorCode.DueSoon].Current.Should().Be(new Figures(0, null, 0));
        r[IndicatorCode.AnswerTime].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.Median).Should().BeNull();
        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.Transferred].Current.Should().Be(new Figures(0, 0, null));
        r.Values.Should().OnlyContain(x => x.Light == TrafficLight.SinDatos);
        r[IndicatorCode.Volume].Change.Should().Be(0);                                        // December 2023 had none either
    }

    [Theory, MemberData(nameof(Engines))]
    public void Answers_given_after_the_cut_off_do_not_count_yet(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        // At 2024-04-20 R8's answer exists (late: due 04-03), R6 is still due on 04-19... now overdue.
        var panel = IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(March, D("2024-04-20")), Targets.Defaults);

        var r = panel.Results.ToDictionary(x => x.Code);
        r[IndicatorCode.Answered].Value.Should().Be(6);
        r[IndicatorCode.AnswerTime].Current.Should().Be(new Figures(67, 5, 13.4));
        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(3, 5, 0.6));
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(4, 8, 0.5));             // R2 R8 late, R4 R6 overdue
        r[IndicatorCode.DueSoon].Value.Should().Be(0);
    }
}
