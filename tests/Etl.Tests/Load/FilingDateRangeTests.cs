using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>What a load accepts, the engine measures: filing dates 1985-2099, one range for both.</summary>
public sealed class FilingDateRangeTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    [Theory, MemberData(nameof(Engines))]
    public void A_petition_filed_in_1985_loads_and_is_measured_and_one_filed_in_1984_is_quarantined_saying_the_range(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = Path.Combine(_fixture.Folder, "antiguas.csv");
        File.WriteAllText(path, string.Join("\n", LoadFixture.Header,
            "1985-0001;04/03/1985;QUEJA;VENTANILLA;Secretaría de Hacienda;Ruido;08/03/1985;;;NO;;;;",
            "1984-0001;01/06/1984;QUEJA;VENTANILLA;Secretaría de Hacienda;Ruido;;;;NO;;;;") + "\n");

        var summary = _fixture.Load(test.Warehouse, path, profile: _fixture.Profile with { Encoding = "utf-8" });

        summary.Inserted.Should().Be(1);
        summary.Quarantined.Should().Be(1);
        using (var connection = test.Warehouse.OpenConnection())
            connection.QuerySingle<string>("SELECT reason FROM etl_quarantine").Should()
                .Contain("la fecha 1984-06-01 está fuera de las fechas admitidas (1985-2099)");
        var panel = IndicatorPanel.Measure(test.Warehouse,
            new MeasurementRequest(Period.Of(new DateOnly(1985, 1, 1), new DateOnly(1985, 12, 31)), new DateOnly(1986, 1, 15), [IndicatorCode.Volume]),
            Targets.Defaults);
        panel.Results.Single().Value.Should().Be(1);
    }
}
