using System.Text;
using Dapper;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Tests.Sources;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// One bad file must not bloat the warehouse, the pages or the load's memory: the reader holds bounded lines, and
/// every message and cell stored is bounded too.
/// </summary>
public sealed class BoundedTextTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_fifty_megabyte_file_without_a_line_break_is_refused_at_its_first_line_without_being_held_in_memory()
    {
        var path = Path.Combine(_fixture.Folder, "sin-saltos.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            var chunk = string.Concat(Enumerable.Repeat("campo;", 1024 * 1024 / 6));
            for (var written = 0L; written < 50L * 1024 * 1024; written += chunk.Length)
                writer.Write(chunk);
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var open = () => SourceFiles.Open(path, TestProfiles.Csv);

        var message = open.Should().Throw<SourceException>().Which.Message;
        message.Should().Contain("línea 1").And.Contain("sin un salto de línea");
        message.Length.Should().BeLessThan(400);
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).Should().BeLessThan(8 * 1024 * 1024,
            "the reader gives up after the longest header, not after the whole line");
    }

    [Fact]
    public void A_quote_left_open_over_megabytes_of_text_is_refused_naming_where_it_opened_with_bounded_memory()
    {
        // Line 3 opens a quote at its 4th character ("2;" then ";" is 3 characters) that never closes; 20 MB follow.
        var path = Path.Combine(_fixture.Folder, "comilla.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("No. Radicado;Fecha Radicación;Tipo\n2024-1;01/04/2024;Petición\n2;;\"Queja\n");
            var line = new string('x', 1000) + "\n";
            for (var i = 0; i < 20_000; i++)
                writer.Write(line);
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var read = () => SourceFiles.Open(path, TestProfiles.Csv).Records.Count();

        read.Should().Throw<SourceException>().Which.Message.Should().Contain("línea 3, columna 4").And.Contain("no se cierran");
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).Should().BeLessThan(40 * 1024 * 1024,
            "the record stops growing at the longest one the reader holds, not at the 20 MB of the file");
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_failed_run_stores_a_bounded_message(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();
        var options = new LoadOptions(LoadFixture.Today, LoadFixture.Today, BusinessCalendar.National, "0000");
        var runId = RunLog.Start(test.Warehouse, connection, "ventanilla-unica", "enorme.csv", options);

        RunLog.Fail(test.Warehouse, connection, runId, new InvalidOperationException("Encabezado: " + new string('x', 5_000_000)), options);

        var error = connection.QuerySingle<string>($"SELECT error FROM etl_run WHERE run_id = {runId}");
        error.Should().StartWith("Encabezado: xxx").And.Contain("recortado: 5.000.012 caracteres");
        error.Length.Should().BeLessThan(StoredText.LongestMessage + 100);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_quarantined_row_stores_its_cells_bounded(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var topic = new string('t', 100_000);
        var path = _fixture.WriteExport("tema-enorme.csv", $"2024-0001;no es fecha;QUEJA;VENTANILLA;HACIENDA;{topic};;;;NO;;;;");

        var summary = _fixture.Load(test.Warehouse, path);

        summary.Quarantined.Should().Be(1);
        using var connection = test.Warehouse.OpenConnection();
        var stored = connection.QuerySingle<string>($"SELECT row_data FROM etl_quarantine WHERE run_id = {summary.RunId}");
        stored.Length.Should().BeLessThan(5_000);
        stored.Should().Contain("2024-0001").And.Contain("recortado: 100.000 caracteres");
    }
}
