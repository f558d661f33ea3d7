namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-demo-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Demo_without_server_generates_a_municipality_and_loads_every_row_or_quarantines_it_and_a_second_run_changes_nothing()
    {
        var first = await CliRun.Of(_root, null, "demo", "--peticiones", "3000", "--sin-servidor");

        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().Contain("ventanilla-unica.csv: 3.000 leídas").And.Contain("sede-electronica.xlsx");
        var loaded = await CliRun.Of(_root, null, "consultar",
            "select (select count(*) from fct_petition) as cargadas, (select count(*) from etl_quarantine where file_name in ('ventanilla-unica.csv', 'sede-electronica.xlsx')) as cuarentena");
        var counts = loaded.OutLines[1].Split(',').Select(long.Parse).ToArray();
        counts[1].Should().BeGreaterThan(0, "the demo's export carries a few spoiled rows on purpose");
        (counts[0] + counts[1]).Should().Be(3000 + 20_000, "every generated petition row is loaded or quarantined (the PAAC and plan workbooks quarantine their own rows)");

        first.Error.Should().Contain("encuesta-ventanilla.csv: ").And.Contain("encuesta-movilidad.xlsx: ").And.Contain("encuesta-salud.csv: ");
        var surveys = await CliRun.Of(_root, null, "consultar", "select count(*) as respuestas from fct_survey_response");
        long.Parse(surveys.OutLines[1]).Should().BeGreaterThan(50, "the citizens' satisfaction surveys are loaded for the Satisfacción page");
        foreach (var pdf in new[] { "comite-2026-1.pdf", "pqrsd-2026-1.pdf", "informe-anual-2025.docx" })
            new FileInfo(Path.Combine(_root, "data", "informes", "demo", pdf)).Length.Should().BeGreaterThan(10_000, pdf);
        var printed = System.Text.RegularExpressions.Regex.Match(first.Out, @"Usuario de la demostración: (\S+)\s+contraseña: (\S+)");
        printed.Success.Should().BeTrue(first.Out);
        var users = new IndicadoresServicio.Warehousing.Accounts.AppUsers(
            IndicadoresServicio.Warehousing.Warehouse.Open(null, Path.Combine(_root, "data")));
        users.SignIn(printed.Groups[1].Value, printed.Groups[2].Value).Should().NotBeNull("the printed password signs in");

        var second = await CliRun.Of(_root, null, "demo", "--peticiones", "3000", "--sin-servidor");

        second.ExitCode.Should().Be(0, second.Error);
        second.Error.Should().Contain("Municipio ya generado").And.Contain("0 nuevas, 0 actualizadas");
        var again = await CliRun.Of(_root, null, "consultar",
            "select (select count(*) from fct_petition) as cargadas, (select count(*) from etl_quarantine where file_name in ('ventanilla-unica.csv', 'sede-electronica.xlsx')) as cuarentena");
        again.OutLines[1].Should().Be(loaded.OutLines[1]);
    }

    [Fact]
    public async Task Demo_refuses_to_mix_its_invented_municipality_into_a_warehouse_with_real_petitions()
    {
        var warehouse = IndicadoresServicio.Warehousing.Warehouse.Open(null, Path.Combine(_root, "data"));
        IndicadoresServicio.Warehousing.Migrator.Apply(warehouse);
        IndicadoresServicio.Dashboard.Tests.Web.PetitionExport.LoadInto(warehouse, Path.Combine(_root, "exportes"));
        const string count = "select count(*) as peticiones from fct_petition";
        var before = await CliRun.Of(_root, null, "consultar", count);

        var demo = await CliRun.Of(_root, null, "demo", "--peticiones", "1000", "--sin-servidor");

        demo.ExitCode.Should().Be(2);
        demo.Error.Should().Contain("ya tiene peticiones de Alcaldía de Prueba").And.Contain("no mezcla");
        (await CliRun.Of(_root, null, "consultar", count)).OutLines[1].Should().Be(before.OutLines[1], "nothing was loaded");
        Directory.Exists(Path.Combine(_root, "data", "demo")).Should().BeFalse("nothing was generated either");
    }

    [Fact]
    public async Task Generar_writes_the_exports_and_their_profiles_and_refuses_a_reversed_period()
    {
        var run = await CliRun.Of(_root, null, "generar", "--peticiones", "500", "--salida", Path.Combine(_root, "gen"), "--sin-xlsx");

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(_root, "gen", "ventanilla-unica.csv")).Should().BeTrue();
        File.Exists(Path.Combine(_root, "gen", "ventanilla-unica.json")).Should().BeTrue();
        run.Out.Should().Contain("500 filas");

        var reversed = await CliRun.Of(_root, null, "generar", "--salida", "x", "--desde", "2025-01-01", "--hasta", "2024-01-01");
        reversed.ExitCode.Should().Be(2);
        reversed.Error.Should().Contain("posterior a --hasta");
    }
}
