using System.Text;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class CalendarCommandsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Festivos_prints_the_18_holidays_of_2026_as_date_tab_name_sorted()
    {
        var run = await CliRun.Of(_root, null, "festivos", "--anio", "2026");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().HaveCount(18);
        run.OutLines.Should().BeInAscendingOrder(StringComparer.Ordinal);
        run.OutLines.Should().AllSatisfy(l => l.Should().MatchRegex(@"^2026-\d\d-\d\d\t\S.*$"));
        run.OutLines[0].Should().Be("2026-01-01\tAño Nuevo");
        run.OutLines.Should().Contain("2026-04-03\tViernes Santo").And.Contain("2026-12-25\tNavidad");
    }

    [Fact]
    public async Task Festivos_of_2025_has_one_line_for_the_double_holiday_of_june_30()
    {
        var run = await CliRun.Of(_root, null, "festivos", "--anio", "2025");

        run.OutLines.Should().HaveCount(17);
        run.OutLines.Should().ContainSingle(l => l.StartsWith("2025-06-30\t"))
            .Which.Should().Contain("San Pedro").And.Contain("Sagrado Corazón");
    }

    [Fact]
    public async Task Vencimiento_of_a_peticion_filed_2024_03_27_is_2024_04_19()
    {
        var run = await CliRun.Of(_root, null, "vencimiento", "--radicado-el", "2024-03-27", "--tipo", "peticion");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be("2024-04-19" + Environment.NewLine);
    }

    [Theory]
    [InlineData("--radicado-el", "2024-02-30", "--tipo", "peticion", "2024-02-30")]
    [InlineData("--radicado-el", "27/03/2024", "--tipo", "peticion", "27/03/2024")]
    [InlineData("--radicado-el", "2024-03-27", "--tipo", "tutela", "tutela")]
    public async Task Vencimiento_with_a_bad_date_or_type_says_so_in_spanish_and_exits_2(string o1, string v1, string o2, string v2, string named)
    {
        var run = await CliRun.Of(_root, null, "vencimiento", o1, v1, o2, v2);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().StartWith("Error:").And.Contain(named).And.MatchRegex("no es válida|no existe");
    }

    [Fact]
    public async Task Vencimiento_of_an_entity_counts_its_own_closures()
    {
        var closed = await CliRun.Of(_root, null, "dias-no-habiles", "--entidad", "Alcaldía de Ejemplo", "--agregar", "2024-04-01", "--motivo", "Decreto 045");
        closed.ExitCode.Should().Be(0, closed.Error);

        var run = await CliRun.Of(_root, null, "vencimiento", "--radicado-el", "2024-03-27", "--tipo", "peticion", "--entidad", "Alcaldía de Ejemplo");

        run.Out.Trim().Should().Be("2024-04-22");
        File.Exists(Path.Combine(_root, "config", "dias-no-habiles", "alcaldia-de-ejemplo.txt")).Should().BeTrue();
    }

    [Fact]
    public async Task An_entity_file_with_a_bad_line_is_named_with_its_line_and_the_command_exits_2()
    {
        var folder = Path.Combine(_root, "config", "dias-no-habiles");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "alcaldia-de-ejemplo.txt");
        File.WriteAllText(file, "2024-04-01;Decreto 045\n2024-13-01;mal escrito\n");

        var due = await CliRun.Of(_root, null, "vencimiento", "--radicado-el", "2024-03-27", "--tipo", "peticion", "--entidad", "Alcaldía de Ejemplo");
        var listed = await CliRun.Of(_root, null, "dias-no-habiles", "--entidad", "Alcaldía de Ejemplo", "--agregar", "2024-04-02");

        foreach (var run in new[] { due, listed })
        {
            run.ExitCode.Should().Be(2);
            run.Error.Should().Contain($"{file}, línea 2: la fecha «2024-13-01» no es válida (use AAAA-MM-DD)");
        }
    }

    [Fact]
    public async Task Vencimiento_lote_answers_each_line_in_order_and_flags_bad_lines_by_number()
    {
        var input = "radicado_el,tipo\n2024-03-27,peticion\n2024-03-27,informacion\n2021-01-04,peticion\n2024-03-27,felicitacion\n2024-13-01,queja\n";

        var run = await CliRun.Of(_root, input, "vencimiento", "--lote");

        run.OutLines.Should().Equal(
            "radicado_el,tipo,vencimiento",
            "2024-03-27,peticion,2024-04-19",
            "2024-03-27,informacion,2024-04-12",
            "2021-01-04,peticion,2021-02-16",
            "2024-03-27,felicitacion,",
            "2024-13-01,queja,");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("línea 6").And.Contain("columna 1");
    }

    [Fact]
    public async Task Vencimiento_lote_handles_100000_lines()
    {
        var input = new StringBuilder();
        var random = new Random(7);
        for (var i = 0; i < 100_000; i++)
            input.Append(new DateOnly(2000, 1, 1).AddDays(random.Next(9000)).ToString("yyyy-MM-dd")).Append(",queja\n");

        var run = await CliRun.Of(_root, input.ToString(), "vencimiento", "--lote");

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().HaveCount(100_000);
    }

    [Fact]
    public async Task Dias_habiles_counts_after_the_first_date_up_to_and_including_the_second()
    {
        var run = await CliRun.Of(_root, null, "dias-habiles", "--desde", "2024-03-27", "--hasta", "2024-04-19");

        run.Out.Trim().Should().Be("15");
    }

    [Fact]
    public async Task Every_command_explains_itself_in_spanish()
    {
        var overview = await CliRun.Of(_root, null, "ayuda");
        overview.Out.Should().Contain("Comandos:").And.Contain("festivos").And.Contain("vencimiento");

        foreach (var command in new[] { "festivos", "vencimiento", "dias-habiles", "dias-no-habiles", "migrar", "consultar" })
        {
            var help = await CliRun.Of(_root, null, command, "--help");
            help.ExitCode.Should().Be(0);
            help.Out.Should().StartWith("Uso: ./indicadores " + command);
        }
    }

    [Fact]
    public async Task An_unknown_command_or_option_is_a_spanish_error_with_exit_2()
    {
        (await CliRun.Of(_root, null, "festivo")).Error.Should().Contain("Comando desconocido");
        var typo = await CliRun.Of(_root, null, "festivos", "--anio", "2026", "--ano", "2025");
        typo.ExitCode.Should().Be(2);
        typo.Error.Should().Contain("Opción desconocida: --ano");
    }
}
