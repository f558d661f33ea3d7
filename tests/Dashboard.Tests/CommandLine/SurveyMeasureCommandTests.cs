using System.Text.Json;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class SurveyMeasureCommandTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_SA_T2B_by_question_as_json_gives_rows_whose_pregunta_is_the_code(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var folder = Directory.CreateTempSubdirectory("indicadores-encuesta-").FullName;
        SurveyExport.LoadInto(test.Warehouse, folder);
        var target = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;

        var run = await CliRun.Of(Path.GetTempPath(), null, "medir", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-06-30",
            "--indicador", "SA-T2B", "--por", "pregunta", "--formato", "json", "--bd", target);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var row = json.RootElement.EnumerateArray().Single();
        row.GetProperty("indicador").GetString().Should().Be("SA-T2B");
        row.GetProperty("pregunta").GetString().Should().Be("SAT");
        row.GetProperty("numerador").GetDouble().Should().Be(26);
        row.GetProperty("denominador").GetDouble().Should().Be(35);
        row.GetProperty("meta").GetDouble().Should().Be(0.8);
        row.GetProperty("muestra").GetString().Should().Be("suficiente");
        row.GetProperty("intervalo_inferior").GetDouble().Should().BeLessThan(26.0 / 35);
        row.GetProperty("intervalo_superior").GetDouble().Should().BeGreaterThan(26.0 / 35);
        Directory.Delete(folder, recursive: true);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Etl_picks_the_survey_dataset_from_the_profiles_tipo_and_a_second_run_changes_nothing(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var folder = Directory.CreateTempSubdirectory("indicadores-encuesta-").FullName;
        var (profile, export) = SurveyExport.Write(folder);
        var target = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;

        var first = await CliRun.Of(Path.GetTempPath(), null, "etl", "--perfil", profile, "--archivo", export, "--json", "--bd", target);
        var second = await CliRun.Of(Path.GetTempPath(), null, "etl", "--perfil", profile, "--archivo", export, "--json", "--bd", target);

        first.ExitCode.Should().Be(0, first.Error);
        first.Out.Trim().Should().Be("{\"leidas\":35,\"insertadas\":35,\"actualizadas\":0,\"sin_cambios\":0,\"en_cuarentena\":0}");
        second.Out.Trim().Should().Be("{\"leidas\":35,\"insertadas\":0,\"actualizadas\":0,\"sin_cambios\":35,\"en_cuarentena\":0}");
        first.Error.Should().Contain("«encuesta-ventanilla»");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Medir_lists_the_satisfaction_indicators_with_the_rest()
    {
        var run = await CliRun.Of(Path.GetTempPath(), null, "medir", "--help");

        run.Out.Should().Contain("SA-T2B   Nivel de satisfacción").And.Contain("SA-N     Encuestas aplicadas")
            .And.Contain("pregunta, dimension, grupo_valor");
    }
}
