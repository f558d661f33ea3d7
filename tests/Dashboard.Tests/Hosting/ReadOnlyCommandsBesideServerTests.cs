using System.Text.Json;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>
/// `medir` and `informe` while a real `servir` process holds the DuckDB file (DuckDB lets no other process open it,
/// not even to read): the running server runs them and they answer as they would alone. The warehouse is
/// <see cref="ReportInstallation"/>'s hand-made March 2024.
/// </summary>
public sealed class ReadOnlyCommandsBesideServerTests : IDisposable
{
    private static readonly string[] March = ["--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-04-15"];

    private readonly ReportInstallation _installation = ReportInstallation.Create(WarehouseEngine.DuckDb);

    public void Dispose() => _installation.Dispose();

    [Fact]
    public async Task Medir_and_informe_comite_give_their_figures_while_the_server_holds_the_duckdb_file()
    {
        var port = ServerProcess.FreePort();
        var warehouse = _installation.WarehouseArgument;
        await using var server = await ServerProcess.Start(_installation.Root, port, warehouse, "--puerto", port.ToString());
        var pdf = _installation.Output("comite.pdf");

        var measured = await CliRun.Of(_installation.Root, null,
            ["medir", .. March, "--por", "dependencia", "--indicador", "PQ-VOL,PQ-OPO", "--formato", "json", "--bd", warehouse]);
        var report = await CliRun.Of(_installation.Root, null, ["informe", "comite", .. March, "--salida", pdf, "--bd", warehouse]);
        measured.ExitCode.Should().Be(0, measured.Error + server.Log);
        measured.Error.Should().Contain("se ejecuta en el servidor");
        using (var json = JsonDocument.Parse(measured.Out))
        {
            var hacienda = json.RootElement.EnumerateArray()
                .Where(r => r.GetProperty("dependencia").GetString() == ReportInstallation.Hacienda)
                .ToDictionary(r => r.GetProperty("indicador").GetString()!, r => r.GetProperty("valor").GetDouble());
            // March: H-1 to H-4 filed; of the two answered, H-1 within its term and H-2 after it.
            hacienda.Should().Equal(new Dictionary<string, double> { ["PQ-VOL"] = 4, ["PQ-OPO"] = 0.5 });
        }
        report.ExitCode.Should().Be(0, report.Error + server.Log);
        report.Error.Should().Contain($"Se escribió el informe en {pdf}.");
        PdfText.Read(pdf).Flat.Should().Contain("Informe para el Comité Institucional de Gestión y Desempeño")
            .And.Contain(ReportInstallation.Hacienda)
            .And.Contain("pasó de 100,0 % a 50,0 % (-50,0 pp)");
        server.HasExited.Should().BeFalse();
    }
}
