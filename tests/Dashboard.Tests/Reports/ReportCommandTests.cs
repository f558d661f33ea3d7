using System.Text.Json;
using System.Text.RegularExpressions;
using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// `./indicadores informe` end to end: each PDF printed by the real Chromium from a real warehouse, then read back
/// with poppler as a reader would see it. PostgreSQL runs when ./test.sh provides it.
/// </summary>
public sealed partial class ReportCommandTests
{
    public static TheoryData<WarehouseEngine> Engines =>
        Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable) is { Length: > 0 }
            ? TestWarehouse.Engines
            : new TheoryData<WarehouseEngine> { WarehouseEngine.DuckDb };

    private static readonly string[] March = ["--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-04-15"];

    [Theory, MemberData(nameof(Engines))]
    public async Task A_ficha_shows_the_dependencys_indicators_exactly_as_medir_measures_them(WarehouseEngine engine)
    {
        using var installation = ReportInstallation.Create(engine);
        var pdf = installation.Output("hacienda.pdf");

        var run = await Run(installation, ["informe", "ficha", "--dependencia", "secretaria de hacienda", .. March, "--salida", pdf]);

        run.ExitCode.Should().Be(0, run.Error);
        var text = PdfText.Read(pdf);
        text.Pages.Should().BeGreaterThanOrEqualTo(1);
        text.Flat.Should().Contain($"Página 1 de {text.Pages}")
            .And.Contain("Ficha de indicadores: Secretaría de Hacienda")
            .And.Contain(ReportInstallation.Entity)
            .And.Contain("Fecha de corte: 15 de abril de 2024")
            .And.Contain("Rojo")
            .And.Contain("Puesto 2 de 2");
        var measured = await Run(installation, ["medir", .. March, "--dependencia", ReportInstallation.Hacienda, "--formato", "json"]);
        foreach (var (code, value) in Figures(measured.Out).Where(f => !f.Code.StartsWith("SA-", StringComparison.Ordinal)))
            text.RowStartingWith(code).Should().Contain(value, $"{code} as medir measures it");
        // The overdue petition by radicado; the pending one (due after the cut-off) is not overdue.
        text.Flat.Should().Contain("H-3").And.NotContain("H-4");
        // Only petitions are loaded: each other dataset's section says so (ReportSectionsTests has them loaded).
        text.Flat.Should().Contain("No hay un pronóstico de la demanda guardado")
            .And.Contain("No hay encuestas de satisfacción de la dependencia en el periodo.")
            .And.Contain("No hay un Plan Anticorrupción cargado para la vigencia 2023.")
            .And.Contain("La dependencia no tiene metas del Plan de Desarrollo programadas para 2024 en la bodega.");
        NoPersonalData(text);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_comite_report_compares_every_dependency_and_writes_findings_from_the_data(WarehouseEngine engine)
    {
        using var installation = ReportInstallation.Create(engine);
        var pdf = installation.Output("comite.pdf");

        var run = await Run(installation, ["informe", "comite", .. March, "--salida", pdf]);

        run.ExitCode.Should().Be(0, run.Error);
        var text = PdfText.Read(pdf);
        text.Flat.Should().Contain("Informe para el Comité Institucional de Gestión y Desempeño")
            .And.Contain($"Página 1 de {text.Pages}")
            .And.Contain("Fecha de corte: 15 de abril de 2024")
            .And.Contain(ReportInstallation.Gobierno).And.Contain(ReportInstallation.Hacienda)
            .And.Contain("Dependencias por debajo de la meta")
            // Hacienda went from 100 % on time in February to 50 % in March; taxes grew from no petitions to three.
            .And.Contain("pasó de 100,0 % a 50,0 % (-50,0 pp)")
            .And.Contain("Impuesto predial: 0 → 3 peticiones (+3)");
        var measured = await Run(installation, ["medir", .. March, "--formato", "json"]);
        foreach (var (code, value) in Figures(measured.Out))
            text.RowStartingWith(code).Should().Contain(value, $"{code} as medir measures it for the entity");
        text.Flat.Should().Contain("No hay encuestas de satisfacción en el periodo.")
            .And.Contain("No hay un Plan Anticorrupción cargado para la vigencia 2023.")
            .And.Contain("No hay metas del Plan de Desarrollo programadas para 2024 en la bodega.");
        NoPersonalData(text);
    }

    [Fact]
    public async Task The_public_report_covers_a_semester_by_type_channel_and_dependency_without_radicados()
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);
        var pdf = installation.Output("pqrsd.pdf");

        var run = await Run(installation, ["informe", "pqrsd", "--semestre", "2024-1", "--corte", "2024-07-15", "--salida", pdf]);

        run.ExitCode.Should().Be(0, run.Error);
        var text = PdfText.Read(pdf);
        text.Flat.Should().Contain("Informe de PQRSD: primer semestre de 2024")
            .And.Contain($"Página 1 de {text.Pages}")
            .And.Contain("Fecha de corte: 15 de julio de 2024")
            .And.Contain("del 1 de enero de 2024 al 30 de junio de 2024")
            .And.Contain("Ley 1712 de 2014")
            .And.Contain("Recibidas por tipo").And.Contain("Queja")
            .And.Contain("Recibidas por canal").And.Contain("Telefónico")
            .And.Contain("Recibidas por dependencia")
            .And.Contain("Trasladadas por competencia a otra entidad: 1");
        var measured = await Run(installation, ["medir", "--desde", "2024-01-01", "--hasta", "2024-06-30", "--corte", "2024-07-15", "--formato", "json"]);
        foreach (var (code, value) in Figures(measured.Out))
            text.RowStartingWith(code).Should().Contain(value);
        text.Flat.Should().NotContainAny("H-1", "H-2", "H-3", "G-1");
        NoPersonalData(text);
    }

    [Theory]
    [InlineData("informe", "trimestral", "--salida", "x.pdf")]
    [InlineData("informe", "pqrsd", "--semestre", "2024-3", "--salida", "x.pdf")]
    [InlineData("informe", "ficha", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--salida", "x.pdf")]
    [InlineData("informe", "ficha", "--dependencia", "Secretaría de Nada", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-04-15", "--salida", "x.pdf")]
    [InlineData("informe", "comite", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-03-15", "--salida", "x.pdf")]
    public async Task A_wrong_command_line_is_explained_in_spanish_and_exits_2(params string[] args)
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);

        var run = await Run(installation, args);

        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().StartWith("Error: ");
    }

    /// <summary>Each indicator of medir's json as the reports print it: the code, then the value in es-CO.</summary>
    private static IEnumerable<(string Code, string Value)> Figures(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(row =>
        {
            var code = row.GetProperty("indicador").GetString()!;
            var value = row.GetProperty("valor");
            return (code, SpanishFigures.Value(IndicatorCatalogue.Find(IndicatorCode.Parse(code))!.Unit, value.ValueKind == JsonValueKind.Null ? null : value.GetDouble()));
        }).ToList();
    }

    private static void NoPersonalData(PdfText text)
    {
        EmailLike().IsMatch(text.Text).Should().BeFalse("no e-mail address may be printed");
        IdentityNumberLike().IsMatch(text.Text).Should().BeFalse("no cédula-looking number may be printed");
    }

    private static Task<CliRun> Run(ReportInstallation installation, string[] args) =>
        CliRun.Of(installation.Root, null, [.. args, "--bd", installation.WarehouseArgument]);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex EmailLike();

    // Seven to ten digits in a row, or written with thousands points (1.234.567.890).
    [GeneratedRegex(@"(?<![\d.])(\d{7,10}|\d{1,3}(\.\d{3}){2,3})(?![\d.])")]
    private static partial Regex IdentityNumberLike();
}
