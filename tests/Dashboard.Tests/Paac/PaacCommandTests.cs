using System.Text.Json;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Paac;

namespace IndicadoresServicio.Dashboard.Tests.Paac;

/// <summary>
/// The PAAC through the command line: the issue's `medir` at a cut-off inside the vigencia, and `informe paac` printed
/// by the real Chromium and read back with pdftotext. Figures of <see cref="PaacFixture.Plan2024"/>, worked out by hand.
/// </summary>
public sealed class PaacCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-paac-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    public static TheoryData<WarehouseEngine> Engines =>
        Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable) is { Length: > 0 }
            ? TestWarehouse.Engines
            : new TheoryData<WarehouseEngine> { WarehouseEngine.DuckDb };

    private static string Argument(TestWarehouse test) =>
        test.Warehouse.Engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_answers_the_vigencia_at_the_follow_up_of_the_cut_off_per_component(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(PaacPlanWorkbook.Entity, PaacFixture.Plan2024);

        var run = await CliRun.Of(_root, null, "medir", "--desde", "2024-01-01", "--hasta", "2024-12-31", "--corte", "2024-08-31",
            "--indicador", "PAAC-AV", "--por", "componente", "--formato", "json", "--bd", Argument(test));

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("componente").GetString(), Math.Round(r.GetProperty("valor").GetDouble(), 6), r.GetProperty("semaforo").GetString()))
            .ToList();
        // Component 1 at August: (100 + 80 + 60) / 3; component 4: (100 + 66) / 2.
        rows.Should().Equal(
            ("Gestión del riesgo de corrupción - Mapa de riesgos de corrupción", 0.8, "verde"),
            ("Mecanismos para mejorar la atención al ciudadano", 0.83, "verde"));
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_follow_up_report_shows_each_component_the_consolidated_progress_and_the_lagging_activities(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        new PaacFixture(test.Warehouse).Add(PaacPlanWorkbook.Entity, PaacFixture.Plan2024);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Entidad": "{{{PaacPlanWorkbook.Entity}}}"}}""");
        var pdf = Path.Combine(_root, "paac.pdf");

        var run = await CliRun.Of(_root, null, "informe", "paac", "--vigencia", "2024", "--corte", "2024-12-31", "--salida", pdf, "--bd", Argument(test));

        run.ExitCode.Should().Be(0, run.Error);
        var text = PdfText.Read(pdf);
        text.Flat.Should().Contain(PaacPlanWorkbook.Entity)
            .And.Contain("vigencia 2024")
            .And.Contain("Fecha de corte: 31 de diciembre de 2024")
            // (72,5 + 96,67) / 2 = 84,58 %; 7 programmed, 7 due, 4 completed, 3 lagging, 1 without report.
            .And.Contain("Avance del plan al 31 de diciembre de 2024: 84,6 % (Verde: zona alta)")
            .And.Contain("Actividades programadas: 7; vencidas al corte: 7; cumplidas: 4; rezagadas: 3 (1 sin reporte)")
            .And.Contain("Oficina Asesora");
        // Lagging: 1.2 of component 1 had no December report (0 %, flagged), 2.1 at 90 %, component 4's 2.2 at 90 % with its observation.
        text.Text.Split('\n').Should().Contain(l => l.Contains("1.2") && l.Contains("30/06/2024") && l.Contains(" 0 ") && l.Contains("Sin"))
            .And.Contain(l => l.Contains("2.2") && l.Contains("90") && l.Contains("Sin evidencias") && l.Contains("Reportada"));
        text.Text.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), @"\s+", " "))
            .Should().Contain(l => l.Contains("Rendición") == false && l.Contains("72,5 %") && l.Contains("Amarillo"), "component 1 at 72,5 %, zona media")
            .And.Contain(l => l.Contains("96,7 %") && l.Contains("Verde"), "component 4 at 96,7 %");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Etl_loads_the_workbook_through_the_issues_profile_and_a_second_run_changes_nothing(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var profile = PaacPlanWorkbook.WriteProfile(Path.Combine(_root, "paac.json"));
        var plan = PaacPlanWorkbook.Plan(Path.Combine(_root, "paac-2024.xlsx"));

        var first = await CliRun.Of(_root, null, "etl", "--perfil", profile, "--archivo", plan, "--json", "--bd", Argument(test));
        var second = await CliRun.Of(_root, null, "etl", "--perfil", profile, "--archivo", plan, "--json", "--bd", Argument(test));

        first.ExitCode.Should().Be(0, first.Error);
        first.OutLines.Last().Should().Be("""{"leidas":8,"insertadas":7,"actualizadas":0,"sin_cambios":0,"en_cuarentena":1}""");
        first.Error.Should().Contain("el avance no es un porcentaje de 0 a 100").And.NotContain("Estado al corte");
        second.OutLines.Last().Should().Be("""{"leidas":8,"insertadas":0,"actualizadas":0,"sin_cambios":7,"en_cuarentena":1}""");
        var measured = await CliRun.Of(_root, null, "medir", "--desde", "2024-01-01", "--hasta", "2024-12-31", "--corte", "2024-08-31",
            "--indicador", "PAAC-AV", "--formato", "json", "--bd", Argument(test));
        using var json = JsonDocument.Parse(measured.Out);
        json.RootElement[0].GetProperty("valor").GetDouble().Should().BeApproximately(0.815, 1e-9);
    }

    [Fact]
    public async Task A_cut_off_before_the_vigencia_is_refused_in_spanish()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);

        var run = await CliRun.Of(_root, null, "informe", "paac", "--vigencia", "2024", "--corte", "2023-12-31", "--salida", Path.Combine(_root, "x.pdf"), "--bd", Argument(test));

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("anterior a la vigencia 2024");
    }
}
