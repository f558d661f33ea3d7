using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class StatusEdgeTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void Felicitaciones_count_in_volume_and_answered_only(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        fixture.Add(
            new("F1", entity, dependency, D("2024-03-04"), null) { Type = "felicitacion", AnsweredOn = D("2024-03-05"), DaysToAnswer = 1, Transferred = true },
            new("F2", entity, dependency, D("2024-03-05"), null) { Type = "felicitacion" });

        var r = Measure(test, new MeasurementRequest(March, CutOff));

        r[IndicatorCode.Volume].Value.Should().Be(2);
        r[IndicatorCode.Answered].Value.Should().Be(1);
        r[IndicatorCode.AnswerTime].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.DueSoon].Value.Should().Be(0);
        r[IndicatorCode.Transferred].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.OnTime].Light.Should().Be(TrafficLight.SinDatos);
    }

    [Theory, MemberData(nameof(Engines))]
    public void When_nothing_is_answered_timeliness_has_no_value_but_overdue_and_pending_do(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        fixture.Add(
            new("A1", entity, dependency, D("2024-03-01"), D("2024-03-20")),
            new("A2", entity, dependency, D("2024-03-22"), D("2024-04-16")),
            new("A3", entity, dependency, D("2024-03-28"), D("2024-05-10")));

        var r = Measure(test, new MeasurementRequest(March, CutOff));

        r[IndicatorCode.Answered].Value.Should().Be(0);
        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(0, 0, null));
        r[IndicatorCode.OnTime].Light.Should().Be(TrafficLight.SinDatos);
        r[IndicatorCode.AnswerTime].Value.Should().BeNull();
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(1, 3, 1.0 / 3));           // A1 overdue
        r[IndicatorCode.Overdue].Light.Should().Be(TrafficLight.Rojo);
        r[IndicatorCode.DueSoon].Value.Should().Be(1);                                      // A2, due the next business day
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_valid_extension_makes_a_late_answer_timely_and_an_invalid_one_does_not(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        // Both answered 04-05, after the legal due date 03-22. E1's extension to 04-12 is within 2N; E2's to
        // 05-10 is beyond it, so the ETL kept 03-22 as its effective due date.
        fixture.Add(
            new("E1", entity, dependency, D("2024-03-01"), D("2024-03-22"))
                { ExtensionDueOn = D("2024-04-12"), ExtensionValid = true, AnsweredOn = D("2024-04-05"), DaysToAnswer = 22 },
            new("E2", entity, dependency, D("2024-03-01"), D("2024-03-22"))
                { ExtensionDueOn = D("2024-05-10"), ExtensionValid = false, AnsweredOn = D("2024-04-05"), DaysToAnswer = 22 });

        var r = Measure(test, new MeasurementRequest(March, D("2024-05-31")));

        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(1, 2, 0.5));
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(1, 2, 0.5));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_period_crossing_the_decreto_491_boundary_judges_each_petition_by_its_effective_due_date(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        // Filed 2022-05-16: Decreto 491, 30 business days, due 2022-06-30. Filed 2022-05-17: Ley 1755 again,
        // 15 business days, due 2022-06-08 (2022-05-30 was a holiday). Both answered 2022-06-21.
        fixture.Add(
            new("D1", entity, dependency, D("2022-05-16"), D("2022-06-30")) { TermDays = 30, AnsweredOn = D("2022-06-21"), DaysToAnswer = 25 },
            new("D2", entity, dependency, D("2022-05-17"), D("2022-06-08")) { TermDays = 15, AnsweredOn = D("2022-06-21"), DaysToAnswer = 23 });

        var r = Measure(test, new MeasurementRequest(Period.Of(D("2022-05-01"), D("2022-05-31")), D("2022-07-15")));

        r[IndicatorCode.Volume].Value.Should().Be(2);
        r[IndicatorCode.OnTime].Current.Should().Be(new Figures(1, 2, 0.5));               // D1 on time under its longer term
        r[IndicatorCode.Overdue].Current.Should().Be(new Figures(1, 2, 0.5));               // D2 late
        r[IndicatorCode.AnswerTime].Current.Should().Be(new Figures(48, 2, 24));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Pending_counts_due_dates_up_to_five_business_days_after_the_cut_off_and_no_further(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        // Cut-off Monday 2024-04-15: 04-15 is day 0, 04-22 day 5, 04-23 day 6; 04-12 is already overdue.
        fixture.Add(
            new("P0", entity, dependency, D("2024-03-20"), D("2024-04-15")),
            new("P5", entity, dependency, D("2024-03-21"), D("2024-04-22")),
            new("P6", entity, dependency, D("2024-03-22"), D("2024-04-23")),
            new("PV", entity, dependency, D("2024-03-18"), D("2024-04-12")),
            new("PR", entity, dependency, D("2024-03-19"), D("2024-04-16")) { AnsweredOn = D("2024-04-10"), DaysToAnswer = 14 });

        var r = Measure(test, new MeasurementRequest(March, CutOff));

        r[IndicatorCode.DueSoon].Value.Should().Be(2);                                      // P0 and P5
    }

    [Theory, MemberData(nameof(Engines))]
    public void Pending_counts_business_days_across_the_holy_week_holidays(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        // Cut-off Friday 2024-03-22. Mon 03-25, Thu 03-28 and Fri 03-29 are holidays: 03-26 is day 1, 03-27 day 2,
        // 04-01 day 3, 04-02 day 4, 04-03 day 5, 04-04 day 6. Calendar days would have stopped at 03-27.
        fixture.Add(
            new("H5", entity, dependency, D("2024-03-01"), D("2024-04-03")),
            new("H6", entity, dependency, D("2024-03-04"), D("2024-04-04")));

        var r = Measure(test, new MeasurementRequest(Period.Of(D("2024-03-01"), D("2024-03-22")), D("2024-03-22")));

        r[IndicatorCode.DueSoon].Value.Should().Be(1);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Median_and_p90_interpolate_like_the_engines_own_percentile_cont_even_with_repeated_times(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var (fixture, entity, dependency) = Start(test);
        var times = new[] { 3, 3, 3, 10, 1, 7, 7, 22 };
        fixture.Add(times.Select((days, i) => new FixturePetition($"T{i}", entity, dependency, D("2024-03-01"), D("2024-03-22"))
            { AnsweredOn = D("2024-03-04").AddDays(i), DaysToAnswer = days }).ToArray());

        var r = Measure(test, new MeasurementRequest(March, CutOff));

        // Sorted: 1 3 3 3 7 7 10 22. Median: positions 3 and 4 -> (3 + 7) / 2. p90: position 6.3 -> 10 + 0.3 × 12.
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.Median).Should().Be(5);
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.P90).Should().BeApproximately(13.6, 1e-9);
        using var connection = test.Warehouse.OpenConnection();
        var engineOwn = Dapper.SqlMapper.QuerySingle<(double Median, double P90)>(connection, """
            SELECT CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY business_days_to_answer) AS FLOAT8),
                   CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY business_days_to_answer) AS FLOAT8)
            FROM fct_petition
            """);
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.Median).Should().Be(engineOwn.Median);
        r[IndicatorCode.AnswerTime].Statistic(StatisticName.P90).Should().BeApproximately(engineOwn.P90, 1e-9);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Median_and_p90_match_percentile_cont_for_every_count_from_1_to_41(WarehouseEngine engine)
    {
        // Counts whose 0.9 × (n - 1) is a whole number (11, 21, 31, 41) are where a rounding slip in the ranks
        // (summed as FLOAT8) would pick the wrong neighbour.
        using var test = TestWarehouse.Create(engine);
        var fixture = new PetitionFixture(test.Warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var random = new Random(20241);
        for (var count = 1; count <= 41; count++)
        {
            var dependency = fixture.Dependency(entity, $"Dependencia {count:00}");
            fixture.Add(Enumerable.Range(0, count).Select(i => new FixturePetition($"C{count}-{i}", entity, dependency, D("2024-03-01"), D("2024-03-22"))
                { AnsweredOn = D("2024-03-04"), DaysToAnswer = random.Next(0, 30) }).ToArray());
        }

        var measured = IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(March, CutOff, [IndicatorCode.AnswerTime], [SliceName.Dependency]), Targets.Defaults)
            .Results.ToDictionary(r => r.SliceValueOf(SliceName.Dependency)!);
        using var connection = test.Warehouse.OpenConnection();
        var engineOwn = Dapper.SqlMapper.Query<(string Name, double Median, double P90)>(connection, """
            SELECT d.name, CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY f.business_days_to_answer) AS FLOAT8),
                   CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY f.business_days_to_answer) AS FLOAT8)
            FROM fct_petition f JOIN dim_dependency d ON d.dependency_id = f.dependency_id
            GROUP BY d.name
            """).ToList();

        engineOwn.Should().HaveCount(41);
        foreach (var (name, median, p90) in engineOwn)
        {
            measured[name].Statistic(StatisticName.Median).Should().BeApproximately(median, 1e-9, name);
            measured[name].Statistic(StatisticName.P90).Should().BeApproximately(p90, 1e-9, name);
        }
    }

    private static (PetitionFixture Fixture, int Entity, int Dependency) Start(TestWarehouse test)
    {
        var fixture = new PetitionFixture(test.Warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        return (fixture, entity, fixture.Dependency(entity, Hacienda));
    }

    private static Dictionary<IndicatorCode, IndicatorResult> Measure(TestWarehouse test, MeasurementRequest request) =>
        IndicatorPanel.Measure(test.Warehouse, request, Targets.Defaults).Results.ToDictionary(r => r.Code);
}
