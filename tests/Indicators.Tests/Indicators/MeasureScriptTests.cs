using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

/// <summary>
/// A source may have narrower scripts than its full one (the volume alone needs no status per row); the engine
/// picks the cheapest that yields what the indicators read, so each must yield what the catalogue says it does,
/// and the same figures as the full script.
/// </summary>
public sealed class MeasureScriptTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Fact]
    public void The_volume_alone_is_measured_by_the_volume_script_and_anything_else_by_the_full_one()
    {
        var petitions = MeasureSources.Petitions;
        petitions.ScriptFor([IndicatorCatalogue.Find(IndicatorCode.Volume)!]).Path.Should().Be("indicators/petition_volume.sql");
        petitions.ScriptFor([IndicatorCatalogue.Find(IndicatorCode.Volume)!, IndicatorCatalogue.Find(IndicatorCode.OnTime)!]).Path.Should().Be("indicators/petition_measures.sql");
        petitions.ScriptFor([IndicatorCatalogue.Find(IndicatorCode.AnswerTime)!]).Path.Should().Be("indicators/petition_measures.sql");
        petitions.Scripts[^1].Yields(IndicatorCatalogue.All.Where(i => i.Source == petitions).SelectMany(i => i.Measures)).Should().BeTrue();
    }

    [Theory, MemberData(nameof(Engines))]
    public void Every_script_yields_exactly_the_measures_the_catalogue_lists(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();
        var slices = new[] { MeasureSources.Petitions.FindSlice(SliceName.Dependency)! };
        foreach (var script in MeasureSources.Petitions.Scripts)
        {
            var sql = MeasureQuery.Compose(SqlScripts.Statements(script.Path).Single(), slices, "");
            using var reader = connection.ExecuteReader(test.Warehouse.Sql(sql), new
            {
                from = March.From, to = March.To, cut_off = CutOff, previous_from = new DateOnly(2024, 2, 1),
                previous_cut_off = new DateOnly(2024, 3, 15), current_alert_end = (DateOnly?)null, previous_alert_end = (DateOnly?)null,
                current_from = March.From, current_to = March.To, current_cut_off = CutOff, previous_to = new DateOnly(2024, 2, 29),
            });
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)
                .Where(c => c != "is_current" && !c.StartsWith("slice_", StringComparison.Ordinal));

            columns.Should().BeEquivalentTo(script.Measures, script.Path);
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_volume_script_counts_what_the_full_script_counts_for_every_slice_and_filter(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var requests = new[]
        {
            Request(), Request("dependencia"), Request("canal"), Request("tipo"), Request("tema"), Request("mes"),
            Request("dependencia", "canal"),
            Request("tipo") with { Filters = [new SliceFilter(SliceName.Dependency, Hacienda)] },
            Request("canal") with { Filters = [new SliceFilter(SliceName.Type, "peticion"), new SliceFilter(SliceName.Channel, "virtual")] },
        };

        foreach (var request in requests)
        {
            var alone = IndicatorPanel.Measure(test.Warehouse, request with { Indicators = [IndicatorCode.Volume] }, Targets.Defaults).Results;
            var withOthers = IndicatorPanel.Measure(test.Warehouse, request with { Indicators = [IndicatorCode.Volume, IndicatorCode.OnTime] }, Targets.Defaults)
                .Results.Where(r => r.Indicator.Code == IndicatorCode.Volume).ToList();

            alone.Should().BeEquivalentTo(withOthers, o => o.WithStrictOrdering(), string.Join(",", request.Slices ?? []));
            alone.Sum(r => r.Current.Numerator).Should().BeGreaterThan(0);
        }
    }
}
