using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// A load that quarantines too much of its file does not pass as «exitosa»: an unclosed quote that swallows the rest
/// of the file, or more than the accepted share of rows in quarantine, ends it «con advertencias».
/// </summary>
public sealed class QuarantineWarningTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    private static string Row(int number, string topic = "Ruido", string filed = "01/04/2024") =>
        $"2024-{number:D4};{filed};QUEJA;VENTANILLA;HACIENDA;{topic};;;;NO;;;;";

    [Theory, MemberData(nameof(Engines))]
    public void An_unclosed_quote_that_swallows_the_rest_of_the_file_ends_with_warnings_naming_where_it_opened(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        // The 11th row (line 12, after the header) opens a quote at its 48th character:
        // "2024-0011;" 10 + "01/04/2024;" 11 + "QUEJA;" 6 + "VENTANILLA;" 11 + "HACIENDA;" 9 = 47 characters before it.
        var rows = Enumerable.Range(1, 100).Select(i => i == 11 ? Row(i, "\"Ruido en la calle") : Row(i)).ToArray();
        var path = _fixture.WriteExport("comillas.csv", rows);

        var summary = _fixture.Load(test.Warehouse, path);

        summary.Read.Should().Be(11, "ten good rows, then one row that holds every line after it");
        summary.Quarantined.Should().Be(1);
        summary.Warning.Should().Contain("línea 12, columna 48").And.Contain("resto del archivo");
        RunOf(test.Warehouse, summary.RunId).Should().Be(("con_advertencias", summary.Warning));
    }

    [Theory, MemberData(nameof(Engines))]
    public void More_than_five_percent_of_the_rows_in_quarantine_ends_with_warnings_and_fewer_does_not(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        // 12 bad dates of 200 rows is 6 %; 12 of 400 is 3 %; 9 of 20 is 45 % but too few rows to judge the file by.
        var many = _fixture.WriteExport("muchas.csv",
            Enumerable.Range(1, 200).Select(i => i <= 12 ? Row(i, filed: "no es fecha") : Row(i)).ToArray());
        var few = _fixture.WriteExport("pocas.csv",
            Enumerable.Range(1001, 400).Select(i => i <= 1012 ? Row(i, filed: "no es fecha") : Row(i)).ToArray());
        var small = _fixture.WriteExport("pequeña.csv",
            Enumerable.Range(2001, 20).Select(i => i <= 2009 ? Row(i, filed: "no es fecha") : Row(i)).ToArray());

        var warned = _fixture.Load(test.Warehouse, many);
        var fine = _fixture.Load(test.Warehouse, few);
        var tooSmallToJudge = _fixture.Load(test.Warehouse, small);

        warned.Quarantined.Should().Be(12);
        warned.Warning.Should().Contain("12 de 200 filas").And.Contain("6,0");
        RunOf(test.Warehouse, warned.RunId).Status.Should().Be("con_advertencias");
        fine.Quarantined.Should().Be(12);
        fine.Warning.Should().BeNull();
        RunOf(test.Warehouse, fine.RunId).Should().Be(("exitosa", (string?)null));
        tooSmallToJudge.Quarantined.Should().Be(9);
        tooSmallToJudge.Warning.Should().BeNull();
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_accepted_share_is_configurable(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("muchas.csv",
            Enumerable.Range(1, 100).Select(i => i <= 12 ? Row(i, filed: "no es fecha") : Row(i)).ToArray());

        var summary = _fixture.Load(test.Warehouse, path, quarantineShare: 0.2);

        summary.Quarantined.Should().Be(12);
        summary.Warning.Should().BeNull("12 % is within the 20 % this installation accepts");
        RunOf(test.Warehouse, summary.RunId).Status.Should().Be("exitosa");
    }

    private static (string Status, string? Error) RunOf(Warehouse warehouse, long runId)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingle<(string, string?)>("SELECT status, error FROM etl_run WHERE run_id = $run".Replace("$run", runId.ToString()));
    }
}
