using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Plan;

/// <summary>`./indicadores informe plan` printed by the real Chromium and read back with pdftotext.</summary>
public sealed class PlanReportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-plan-informe-").FullName;

    public static TheoryData<WarehouseEngine> Engines =>
        Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable) is { Length: > 0 }
            ? TestWarehouse.Engines
            : new TheoryData<WarehouseEngine> { WarehouseEngine.DuckDb };

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_follow_up_report_shows_the_plan_its_lines_dependencies_and_critical_routes(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        PlanInstallation.LoadInto(test.Warehouse, Directory.CreateDirectory(Path.Combine(_root, "plan")).FullName);
        var pdf = Path.Combine(_root, "plan.pdf");
        var database = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;

        var run = await CliRun.Of(_root, null, "informe", "plan", "--anio", "2024", "--corte", "2024-09-30", "--salida", pdf, "--bd", database);

        run.ExitCode.Should().Be(0, run.Error);
        var text = PdfText.Read(pdf);
        text.Flat.Should().Contain("Seguimiento al Plan de Desarrollo")
            .And.Contain("Fecha de corte: 30 de septiembre de 2024")
            .And.Contain("Eficacia a la fecha")
            .And.Contain("83,9 %")
            .And.Contain("Sobresaliente")
            .And.Contain("Por línea estratégica")
            .And.Contain("SECRETARÍA DE")
            .And.Contain("Rutas críticas (1)")
            .And.Contain("3204001")
            .And.Contain("T1 100 % →");
        text.RowStartingWith("PD-EF").Should().Contain("83,9 %");

        var measured = await CliRun.Of(_root, null, "medir", "--desde", "2024-01-01", "--hasta", "2024-12-31", "--corte", "2024-09-30",
            "--indicador", "PD-EF", "--por", "dependencia", "--formato", "json", "--bd", database);
        measured.ExitCode.Should().Be(0, measured.Error);
        using var json = System.Text.Json.JsonDocument.Parse(measured.Out);
        json.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("dependencia").GetString(), Math.Round(r.GetProperty("valor").GetDouble(), 4), r.GetProperty("banda").GetString()))
            .Should().BeEquivalentTo(new[]
            {
                ("Secretaría de Hacienda", 0.75, "satisfactorio"),           // (0.5 + 1) / 2
                ("SECRETARÍA DE EDUCACIÓN", 0.9565, "sobresaliente"),        // 110 / 115
                ("Secretaría de Salud", 0.9, "sobresaliente"),
            });
    }
}
