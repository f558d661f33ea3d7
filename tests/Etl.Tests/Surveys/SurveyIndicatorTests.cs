using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Etl.Tests.Surveys;

/// <summary>
/// SA-* measured by the engine over surveys loaded by the real ETL, against figures worked out by hand from the rows in
/// <see cref="SurveyExports"/>; the Wilson bounds come from the textbook formula written out here, not from the engine.
/// </summary>
public sealed class SurveyIndicatorTests : IDisposable
{
    private static readonly Period MarchApril = Period.Of(new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 30));

    private readonly SurveyExports _exports = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _exports.Dispose();

    [Theory, MemberData(nameof(Engines))]
    public void The_Google_Forms_responses_give_the_hand_computed_SA_figures(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadGoogle(test.Warehouse);

        var panel = Measure(test.Warehouse, [IndicatorCode.SurveyResponses, IndicatorCode.Satisfaction, IndicatorCode.MeanScore, IndicatorCode.NetPromoter]);

        var n = panel.Results.Single(r => r.Code == IndicatorCode.SurveyResponses);
        n.Value.Should().Be(6);
        var t2b = panel.Results.Single(r => r.Code == IndicatorCode.Satisfaction);
        t2b.Current.Numerator.Should().Be(6);
        t2b.Current.Denominator.Should().Be(16);
        t2b.Value.Should().BeApproximately(6.0 / 16, 1e-12);
        var (low, high) = Wilson(6, 16);
        t2b.Statistic(StatisticName.IntervalLow).Should().BeApproximately(low, 1e-9);
        t2b.Statistic(StatisticName.IntervalHigh).Should().BeApproximately(high, 1e-9);
        t2b.InsufficientSample.Should().BeTrue("16 valid answers are fewer than 30");
        t2b.Target.Should().Be(new Target(0.80, 0.10));
        t2b.Light.Should().Be(TrafficLight.Rojo);
        panel.Results.Single(r => r.Code == IndicatorCode.MeanScore).Value.Should().BeApproximately(50.0 / 16, 1e-12);
        var nps = panel.Results.Single(r => r.Code == IndicatorCode.NetPromoter);
        nps.Value.Should().BeApproximately((2.0 - 3) / 6, 1e-12);
        nps.SampleSize.Should().Be(6);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Satisfaction_is_sliced_by_dependency_month_question_and_dimension(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadGoogle(test.Warehouse);

        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["dependencia"]), "dependencia")
            .Should().Equal((SurveyExports.Hacienda, 6, 11), (SurveyExports.General, 0, 5));
        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["mes"]), "mes").Should().Equal(("2024-03", 6, 11), ("2024-04", 0, 5));
        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["pregunta"]), "pregunta").Should().Equal(("CLA", 2, 5), ("REC", 2, 6), ("SAT", 2, 5));
        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["dimension"]), "dimension")
            .Should().Equal(("claridad", 2, 5), ("recomendación", 2, 6), ("satisfacción general", 2, 5));
        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["grupo_valor"]), "grupo_valor")
            .Should().Equal(("Ciudadano", 3, 13), ("Empresa", 3, 3));
        var byQuestion = Measure(test.Warehouse, [IndicatorCode.SurveyResponses], ["pregunta"]);
        byQuestion.Results.Select(r => r.Value).Should().Equal(6.0, 6.0, 6.0);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_four_sources_pool_into_one_figure_with_enough_answers(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadAll(test.Warehouse);

        var panel = Measure(test.Warehouse, [IndicatorCode.SurveyResponses, IndicatorCode.Satisfaction]);

        panel.Results.Single(r => r.Code == IndicatorCode.SurveyResponses).Value.Should().Be(6 + 4 + 3 + 10);
        var t2b = panel.Results.Single(r => r.Code == IndicatorCode.Satisfaction);
        // Google 6 of 16, Microsoft Forms 5 of 8, LimeSurvey 4 of 6, tabulation 12 of 20.
        t2b.Current.Numerator.Should().Be(27);
        t2b.Current.Denominator.Should().Be(50);
        t2b.InsufficientSample.Should().BeFalse();
        var (low, high) = Wilson(27, 50);
        t2b.Statistic(StatisticName.IntervalLow).Should().BeApproximately(low, 1e-9);
        t2b.Statistic(StatisticName.IntervalHigh).Should().BeApproximately(high, 1e-9);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_filter_by_dependency_and_channel_narrows_the_surveys(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadAll(test.Warehouse);

        var request = new MeasurementRequest(MarchApril, MarchApril.To, [IndicatorCode.Satisfaction],
            Filters: [new SliceFilter(SliceName.Dependency, "secretaria de hacienda"), new SliceFilter(SliceName.Channel, "presencial")]);
        var t2b = IndicatorPanel.Measure(test.Warehouse, request, Targets.Defaults).Results.Single();

        // Google G1, G5, G7 (presencial, Hacienda): SAT 5,3,1; CLA 5,1; REC 10,0,6 → 3 of 8. Tabulation Hacienda rows
        // 0, 2, 4, 6, 8; "Ventanilla" (presencial) are 2, 4, 8: P1 Bueno, Excelente, Muy malo; P2 3, 2, 4 → 3 of 6.
        t2b.Current.Numerator.Should().Be(6);
        t2b.Current.Denominator.Should().Be(14);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_whole_catalogue_lists_the_satisfaction_indicators_and_a_petition_only_slice_leaves_them_out(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _exports.LoadGoogle(test.Warehouse);

        var all = IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(MarchApril, MarchApril.To), Targets.Defaults);
        var byType = IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(MarchApril, MarchApril.To, Slices: [SliceName.Type]), Targets.Defaults);

        all.Results.Select(r => r.Code).Should().Contain([IndicatorCode.SurveyResponses, IndicatorCode.Satisfaction, IndicatorCode.MeanScore, IndicatorCode.NetPromoter, IndicatorCode.Volume]);
        byType.Results.Should().NotContain(r => r.Indicator.Source == MeasureSources.Surveys);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_response_naming_its_radicado_is_measured_with_whether_and_how_fast_its_petition_was_answered(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var petitions = new PetitionFixture(test.Warehouse);
        var entity = petitions.Entity(SurveyExports.Entity);
        var hacienda = petitions.Dependency(entity, SurveyExports.Hacienda);
        petitions.Add(
            new FixturePetition("2024-000101", entity, hacienda, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 22)) { AnsweredOn = new DateOnly(2024, 2, 20), DaysToAnswer = 13 },
            new FixturePetition("2024-000102", entity, hacienda, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 22)) { AnsweredOn = new DateOnly(2024, 2, 28), DaysToAnswer = 19 });
        // G1 names 2024-000101 (on time, 13 business days); G3 now names 2024-000102 (late, 19 days); G5 a radicado
        // the warehouse does not hold.
        var rows = SurveyExports.GoogleRows.ToArray();
        rows[2] = rows[2].Replace("Presencial,,Ciudadano", "Presencial,2024-000102,Ciudadano");
        rows[4] = rows[4].Replace("Presencial,,Ciudadano", "Presencial,2024-999999,Ciudadano");
        _exports.LoadGoogle(test.Warehouse, _exports.GoogleCsv("con-radicados.csv", rows));

        // G1: SAT 5, CLA 5, REC 10 (3 of 3). G3: SAT 2, CLA 2, REC 3 (0 of 3). The rest of the 6 / 16: 3 of 10.
        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["oportunidad"]), "oportunidad").Should().BeEquivalentTo(
            [("Respondida a tiempo", 3.0, 3.0), ("Respondida tarde", 0.0, 3.0), ("Sin petición asociada", 3.0, 10.0)]);
        Shares(Measure(test.Warehouse, [IndicatorCode.Satisfaction], ["tiempo_respuesta"]), "tiempo_respuesta").Should().BeEquivalentTo(
            [("11 a 15 días hábiles", 3.0, 3.0), ("16 o más días hábiles", 0.0, 3.0), ("Sin petición asociada", 3.0, 10.0)]);
    }

    private static Panel Measure(Warehouse warehouse, IReadOnlyList<IndicatorCode> indicators, IReadOnlyList<string>? slices = null) =>
        IndicatorPanel.Measure(warehouse, new MeasurementRequest(MarchApril, MarchApril.To, indicators, slices?.Select(SliceName.Parse).ToList()), Targets.Defaults);

    private static List<(string, double, double)> Shares(Panel panel, string slice) =>
        panel.Results.Select(r => (r.SliceValueOf(SliceName.Parse(slice))!, r.Current.Numerator, r.Current.Denominator ?? 0)).ToList();

    /// <summary>The 95 % Wilson score interval, written from its definition.</summary>
    private static (double Low, double High) Wilson(double successes, double n)
    {
        const double z = 1.96;    // the contract's 95 %, as the engine rounds it
        var p = successes / n;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z / (1 + z * z / n) * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return (centre - half, centre + half);
    }
}
