using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class SliceTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void Sliced_by_dependency_each_dependency_gets_its_own_figures_and_previous_month(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request("dependencia") with { Indicators = [IndicatorCode.Volume, IndicatorCode.OnTime, IndicatorCode.Overdue] }, Targets.Defaults);

        panel.Slices.Select(s => s.Code).Should().Equal("dependencia");
        Row(panel, IndicatorCode.Volume, Gobierno).Current.Should().Be(new Figures(4, null, 4));           // R3 R4 R6 R9
        Row(panel, IndicatorCode.Volume, Gobierno).Previous.Should().Be(new Figures(0, null, 0));
        Row(panel, IndicatorCode.Volume, Hacienda).Current.Should().Be(new Figures(5, null, 5));           // R1 R2 R5 R7 R8
        Row(panel, IndicatorCode.Volume, Hacienda).Previous.Should().Be(new Figures(1, null, 1));          // R10
        Row(panel, IndicatorCode.OnTime, Gobierno).Current.Should().Be(new Figures(2, 2, 1.0));            // R3 R9
        Row(panel, IndicatorCode.OnTime, Gobierno).Previous.Should().Be(new Figures(0, 0, null));
        Row(panel, IndicatorCode.OnTime, Gobierno).Change.Should().BeNull();
        Row(panel, IndicatorCode.OnTime, Hacienda).Current.Should().Be(new Figures(1, 2, 0.5));            // R1 / R1 R2
        Row(panel, IndicatorCode.Overdue, Hacienda).Current.Should().Be(new Figures(2, 4, 0.5));            // R2 R8 / R1 R2 R5 R8
        // Results come indicator by indicator, and within one, in Spanish alphabetical order of the slice.
        panel.Results.Select(r => (r.Code, r.SliceValueOf(SliceName.Dependency))).Should().Equal(
            (IndicatorCode.Volume, Gobierno), (IndicatorCode.Volume, Hacienda), (IndicatorCode.OnTime, Gobierno), (IndicatorCode.OnTime, Hacienda), (IndicatorCode.Overdue, Gobierno), (IndicatorCode.Overdue, Hacienda));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Sliced_by_channel_the_names_come_from_the_channel_dimension(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request("canal") with { Indicators = [IndicatorCode.Volume, IndicatorCode.OnTime] }, Targets.Defaults);

        panel.Results.Where(r => r.Code == IndicatorCode.Volume).Select(r => (r.SliceValueOf(SliceName.Channel), r.Value))
            .Should().Equal(("Presencial", 3), ("Virtual / web", 6));
        panel.Results.Where(r => r.Code == IndicatorCode.OnTime).Select(r => (r.SliceValueOf(SliceName.Channel), r.Value))
            .Should().Equal(("Presencial", 0.5), ("Virtual / web", 1.0));                     // R9 / R2 R9; R1 R3 / R1 R3
    }

    [Theory, MemberData(nameof(Engines))]
    public void Two_slices_give_one_row_per_combination_that_has_petitions(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request("dependencia", "canal") with { Indicators = [IndicatorCode.Volume] }, Targets.Defaults);

        panel.Slices.Select(s => s.Code).Should().Equal("dependencia", "canal");
        panel.Results.Select(r => (r.SliceValueOf(SliceName.Dependency), r.SliceValueOf(SliceName.Channel), r.Value, r.PreviousValue)).Should().Equal(
            (Gobierno, "Presencial", 2, 0),
            (Gobierno, "Virtual / web", 2, 0),
            (Hacienda, "Presencial", 1, 0),
            (Hacienda, "Virtual / web", 4, 1));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Sliced_by_month_the_months_read_yyyy_mm_and_have_no_previous_counterpart(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var februaryToMarch = Period.Of(D("2024-02-01"), D("2024-03-31"));

        var panel = IndicatorPanel.Measure(test.Warehouse,
            new MeasurementRequest(februaryToMarch, CutOff, [IndicatorCode.Volume], [SliceName.Month]), Targets.Defaults);

        panel.Results.Select(r => (r.SliceValueOf(SliceName.Month), r.Value)).Should().Equal(("2024-02", 1), ("2024-03", 9));
        panel.Results.Should().OnlyContain(r => r.Previous == null && r.Change == null);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_request_without_comparison_gives_the_same_figures_and_no_previous_period(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var compared = IndicatorPanel.Measure(test.Warehouse, Request("dependencia"), Targets.Defaults).Results;
        var alone = IndicatorPanel.Measure(test.Warehouse, Request("dependencia") with { ComparePrevious = false }, Targets.Defaults).Results;

        alone.Select(r => (r.Code, r.SliceValueOf(SliceName.Dependency), r.Current, r.Light))
            .Should().Equal(compared.Select(r => (r.Code, r.SliceValueOf(SliceName.Dependency), r.Current, r.Light)));
        alone.Should().OnlyContain(r => r.Previous == null && r.Change == null);
        compared.Should().Contain(r => r.Previous != null && r.Previous.Numerator > 0, "February's petition is Hacienda's previous period");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Sliced_by_type_topic_and_entity_every_whitelisted_slice_runs(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var byType = IndicatorPanel.Measure(test.Warehouse, Request("tipo") with { Indicators = [IndicatorCode.Volume] }, Targets.Defaults);
        var byTopicAndEntity = IndicatorPanel.Measure(test.Warehouse, Request("tema", "entidad") with { Indicators = [IndicatorCode.Volume] }, Targets.Defaults);

        byType.Results.Select(r => (r.SliceValueOf(SliceName.Type), r.Value)).Should().Equal(
            ("Consulta", 1), ("Felicitación", 1), ("Petición de interés general o particular", 5), ("Queja", 1),
            ("Solicitud de documentos o de información", 1));
        byTopicAndEntity.Results.Select(r => (r.SliceValueOf(SliceName.Topic), r.SliceValueOf(SliceName.Entity), r.Value))
            .Should().Equal(("Sin tema", "Alcaldía de Prueba", 9));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Filters_match_names_and_codes_however_they_are_accented_or_capitalised(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        double? Volume(params SliceFilter[] filters) => IndicatorPanel.Measure(test.Warehouse,
            Request() with { Indicators = [IndicatorCode.Volume], Filters = filters }, Targets.Defaults).Results.Single().Value;

        Volume(new SliceFilter(SliceName.Dependency, "SECRETARIA DE HACIENDA")).Should().Be(5);
        Volume(new SliceFilter(SliceName.Channel, "presencial")).Should().Be(3);
        Volume(new SliceFilter(SliceName.Channel, "Virtual / Web")).Should().Be(6);
        Volume(new SliceFilter(SliceName.Type, "Petición")).Should().Be(5);
        Volume(new SliceFilter(SliceName.Entity, "99001"), new SliceFilter(SliceName.Dependency, Gobierno), new SliceFilter(SliceName.Type, "queja")).Should().Be(1);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_filter_value_missing_from_the_warehouse_is_refused_in_spanish(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var act = () => IndicatorPanel.Measure(test.Warehouse,
            Request() with { Filters = [new SliceFilter(SliceName.Dependency, "Secretaría de Salud")] }, Targets.Defaults);

        act.Should().Throw<MeasurementException>().WithMessage("No hay ningún valor de dependencia llamado «Secretaría de Salud»*");
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_dependency_target_from_the_targets_file_decides_that_dependency_light(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var targets = TargetsFile.Parse("""
            { "indicadores": { "PQ-OPO": { "meta": 0.9, "banda_amarilla": 0.1,
                                           "dependencias": { "secretaria de hacienda": { "meta": 0.5 } } } } }
            """, "metas.json");

        var panel = IndicatorPanel.Measure(test.Warehouse, Request("dependencia") with { Indicators = [IndicatorCode.OnTime] }, targets);
        var filtered = IndicatorPanel.Measure(test.Warehouse,
            Request() with { Indicators = [IndicatorCode.OnTime], Filters = [new SliceFilter(SliceName.Dependency, Hacienda)] }, targets);

        Row(panel, IndicatorCode.OnTime, Hacienda).Target.Should().Be(new Target(0.5, 0.1));
        Row(panel, IndicatorCode.OnTime, Hacienda).Light.Should().Be(TrafficLight.Verde);                  // 0.5 meets 0.5
        Row(panel, IndicatorCode.OnTime, Gobierno).Target.Should().Be(new Target(0.9, 0.1));
        Row(panel, IndicatorCode.OnTime, Gobierno).Light.Should().Be(TrafficLight.Verde);                  // 1.0
        filtered.Results.Single().Target.Should().Be(new Target(0.5, 0.1));
    }

    private static IndicatorResult Row(Panel panel, IndicatorCode code, string dependency) =>
        panel.Results.Single(r => r.Code == code && r.SliceValueOf(SliceName.Dependency) == dependency);
}
