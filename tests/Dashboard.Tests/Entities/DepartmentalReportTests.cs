using System.Text.Json;
using System.Text.RegularExpressions;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

public sealed class DepartmentalReportTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Informe_departamental_prints_each_towns_figures_as_medir_gives_them(WarehouseEngine engine)
    {
        var root = Directory.CreateTempSubdirectory("indicadores-departamental-").FullName;
        using var test = TestWarehouse.Create(engine);
        TwoTowns.LoadInto(test.Warehouse, Path.Combine(root, "exportes"));
        string[] database = ["--bd", engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString];
        var pdf = Path.Combine(root, "mesa.pdf");

        var measured = await CliRun.Of(root, null, ["medir", "--desde", "2024-01-01", "--hasta", "2024-06-30", "--corte", "2024-06-30",
            "--por", "entidad", "--indicador", "PQ-VOL,PQ-OPO", "--formato", "json", .. database]);
        var report = await CliRun.Of(root, null, ["informe", "departamental", "--desde", "2024-01-01", "--hasta", "2024-06-30", "--corte", "2024-06-30",
            "--anterior-desde", "2023-01-01", "--anterior-hasta", "2023-06-30", "--salida", pdf, .. database]);

        measured.ExitCode.Should().Be(0, measured.Error);
        report.ExitCode.Should().Be(0, report.Error);
        var text = PdfText.Read(pdf).Flat;
        text.Should().Contain("Mesa Departamental");
        using var json = JsonDocument.Parse(measured.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        foreach (var (town, hand) in new[] { (TwoTowns.Arriba, 2.0 / 3), (TwoTowns.Abajo, 1.0) })
        {
            double Of(string code) => rows.Single(r => r.GetProperty("indicador").GetString() == code && r.GetProperty("entidad").GetString() == town)
                .GetProperty("valor").GetDouble();
            Of("PQ-OPO").Should().BeApproximately(hand, 1e-6, "medir (six decimals) agrees with the count by hand");
            var onTime = (Math.Round(Of("PQ-OPO") * 100, 1)).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("es-CO"));
            // The ranking's row (the narrow name column wraps «Alcaldía / de Arriba»): place, petitions filed, on-time rate.
            text.Should().MatchRegex($@"\d Alcaldía {Of("PQ-VOL")} {Regex.Escape(onTime)} % [^A]*?{Regex.Escape(town.Replace("Alcaldía ", ""))}");
            // The monthly table: all of the town's petitions were filed in March 2024.
            text.Should().Contain($"{town} {onTime} %");
        }
        text.Should().Contain($"{TwoTowns.Arriba}: de 50,0 % a 66,7 % (+16,7 pp)", "against the last Mesa's period (2023-H1) Arriba improved");
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Informe_ficha_of_one_town_is_headed_with_it_and_needs_the_entity_when_two_share_the_dependency_name(WarehouseEngine engine)
    {
        var root = Directory.CreateTempSubdirectory("indicadores-ficha-municipio-").FullName;
        using var test = TestWarehouse.Create(engine);
        TwoTowns.LoadInto(test.Warehouse, Path.Combine(root, "exportes"));
        string[] common = ["informe", "ficha", "--dependencia", TwoTowns.Hacienda, "--desde", "2024-01-01", "--hasta", "2024-06-30", "--corte", "2024-06-30",
            "--bd", engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString];
        var pdf = Path.Combine(root, "ficha.pdf");

        var withEntity = await CliRun.Of(root, null, [.. common, "--entidad", "alcaldia de abajo", "--salida", pdf]);
        var without = await CliRun.Of(root, null, [.. common, "--salida", Path.Combine(root, "otra.pdf")]);

        withEntity.ExitCode.Should().Be(0, withEntity.Error);
        var text = PdfText.Read(pdf);
        text.Flat.Should().Contain(TwoTowns.Abajo).And.NotContain(TwoTowns.Arriba).And.NotContain("ARR-H-");
        Regex.Match(text.RowStartingWith("PQ-VOL"), @"^PQ-VOL \D+ (\d+)").Groups[1].Value.Should().Be(TwoTowns.AbajoHacienda.ToString());
        without.ExitCode.Should().NotBe(0);
        without.Error.Should().Contain("indique la de la dependencia con --entidad");
        File.Exists(Path.Combine(root, "otra.pdf")).Should().BeFalse();
        Directory.Delete(root, recursive: true);
    }
}
