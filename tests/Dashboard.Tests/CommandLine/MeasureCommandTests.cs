using System.Globalization;
using System.Text.Json;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class MeasureCommandTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string Hacienda = "Secretaría de Hacienda";
    private const string Gobierno = "Secretaría de Gobierno";

    /// <summary>
    /// March 2024, cut-off 2024-04-15. Hacienda: H1 on time (10 days), H2 late (20 days), H3 overdue, H4 due
    /// 04-18 (pending). Gobierno: G1 on time (6 days) by phone, G2 felicitación. February: H0 on time.
    /// A dependency whose name a spreadsheet would run as a formula: "=Despacho", with one open petition.
    /// </summary>
    private static void Load(IndicadoresServicio.Warehousing.Warehouse warehouse)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var hacienda = fixture.Dependency(entity, Hacienda);
        var gobierno = fixture.Dependency(entity, Gobierno);
        var despacho = fixture.Dependency(entity, "=Despacho");
        fixture.Add(
            new("H1", entity, hacienda, D("2024-03-01"), D("2024-03-22")) { AnsweredOn = D("2024-03-15"), DaysToAnswer = 10 },
            new("H2", entity, hacienda, D("2024-03-04"), D("2024-03-26")) { AnsweredOn = D("2024-04-03"), DaysToAnswer = 20 },
            new("H3", entity, hacienda, D("2024-03-05"), D("2024-03-27")),
            new("H4", entity, hacienda, D("2024-03-26"), D("2024-04-18")),
            new("G1", entity, gobierno, D("2024-03-06"), D("2024-03-28")) { Channel = "telefonico", AnsweredOn = D("2024-03-14"), DaysToAnswer = 6 },
            new("G2", entity, gobierno, D("2024-03-07"), null) { Type = "felicitacion", AnsweredOn = D("2024-03-08") },
            new("X1", entity, despacho, D("2024-03-08"), D("2024-05-30")),
            new("H0", entity, hacienda, D("2024-02-05"), D("2024-02-26")) { AnsweredOn = D("2024-02-20"), DaysToAnswer = 11 });
    }

    private static readonly string[] March = ["medir", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-04-15"];

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_json_is_an_array_with_fractions_and_one_key_per_slice(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var run = await Run(test, [.. March, "--por", "dependencia", "--indicador", "PQ-OPO,PQ-VOL", "--formato", "json"]);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.Select(r => (r.GetProperty("indicador").GetString(), r.GetProperty("dependencia").GetString())).Should().Equal(
            ("PQ-OPO", "=Despacho"), ("PQ-OPO", Gobierno), ("PQ-OPO", Hacienda),
            ("PQ-VOL", "=Despacho"), ("PQ-VOL", Gobierno), ("PQ-VOL", Hacienda));
        var hacienda = rows[2];
        hacienda.GetProperty("valor").GetDouble().Should().Be(0.5);
        hacienda.GetProperty("numerador").GetDouble().Should().Be(1);
        hacienda.GetProperty("denominador").GetDouble().Should().Be(2);
        hacienda.GetProperty("meta").GetDouble().Should().Be(0.95);
        hacienda.GetProperty("banda_amarilla").GetDouble().Should().Be(0.05);
        hacienda.GetProperty("semaforo").GetString().Should().Be("rojo");
        hacienda.GetProperty("valor_anterior").GetDouble().Should().Be(1);
        hacienda.GetProperty("cambio").GetDouble().Should().Be(-0.5);
        rows[0].GetProperty("valor").ValueKind.Should().Be(JsonValueKind.Null);             // nothing answered
        rows[0].GetProperty("semaforo").GetString().Should().Be("sin datos");
        rows[1].GetProperty("semaforo").GetString().Should().Be("verde");
        rows[5].GetProperty("valor").GetDouble().Should().Be(4);
        rows[5].GetProperty("meta").ValueKind.Should().Be(JsonValueKind.Null);
        rows[5].GetProperty("semaforo").GetString().Should().Be("sin meta");
        run.Out.Should().Contain("\"valor\": 0.5").And.NotContain("0,5");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_csv_has_the_json_columns_invariant_numbers_and_neutralised_text(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var run = await Run(test, [.. March, "--por", "dependencia,canal", "--indicador", "PQ-TMR", "--formato", "csv"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().Equal(
            "indicador,nombre,dependencia,canal,valor,numerador,denominador,unidad,meta,banda_amarilla,semaforo,valor_anterior,numerador_anterior,denominador_anterior,cambio,mediana,p90,intervalo_inferior,intervalo_superior,muestra",
            "PQ-TMR,Tiempo medio de respuesta,'=Despacho,Virtual / web,,0,0,días hábiles,10,5,sin datos,,0,0,,,,,,",
            "PQ-TMR,Tiempo medio de respuesta,Secretaría de Gobierno,Telefónico,6,6,1,días hábiles,10,5,verde,,0,0,,6,6,,,",
            "PQ-TMR,Tiempo medio de respuesta,Secretaría de Gobierno,Virtual / web,,0,0,días hábiles,10,5,sin datos,,0,0,,,,,,",
            "PQ-TMR,Tiempo medio de respuesta,Secretaría de Hacienda,Virtual / web,15,30,2,días hábiles,10,5,amarillo,11,11,1,4,15,19,,,");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_tabla_reads_in_spanish_with_colombian_number_formats(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var run = await Run(test, [.. March, "--dependencia", "secretaria de hacienda"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines[0].Should().Be("Indicadores de PQRSD radicadas del 2024-03-01 al 2024-03-31, estado al 2024-04-15.");
        run.OutLines[1].Should().Be("Periodo anterior: del 2024-02-01 al 2024-02-29, estado al 2024-03-15.");
        run.OutLines[2].Should().StartWith("Indicador").And.Contain("Valor").And.Contain("Semáforo").And.Contain("Cambio");
        var lines = run.OutLines.Skip(4).ToList();
        lines.Should().HaveCount(IndicatorCatalogue.All.Count(i => i.Source == MeasureSources.Petitions || i.Source == MeasureSources.Surveys),
            "medir's default is the petition and survey indicators");
        lines[0].Should().MatchRegex(@"^PQ-VOL Volumen recibido\s+4\s+—\s+sin meta\s+1\s+\+3$");
        lines[2].Should().MatchRegex(@"^PQ-TMR Tiempo medio de respuesta\s+15,0 días\s+30 / 2\s+≤ 10,0 días\s+amarillo\s+11,0 días\s+\+4,0 días\s+mediana 15,0 días · p90 19,0 días$");
        lines[3].Should().MatchRegex(@"^PQ-OPO Oportunidad de respuesta\s+50,0 %\s+1 / 2\s+≥ 95,0 %\s+rojo\s+100,0 %\s+-50,0 pp$");
        lines[4].Should().MatchRegex(@"^PQ-VEN Tasa de vencimiento\s+50,0 %\s+2 / 4\s+≤ 5,0 %\s+rojo\s+0,0 %\s+\+50,0 pp$");
        lines[5].Should().MatchRegex(@"^PQ-PEND Pendientes por vencer\s+1\s+—\s+sin meta\s+0\s+\+1$");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_xlsx_writes_a_workbook_whose_text_cannot_run_as_a_formula(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var folder = Directory.CreateTempSubdirectory("indicadores-medir-").FullName;
        try
        {
            var path = Path.Combine(folder, "panel.xlsx");

            var run = await Run(test, [.. March, "--por", "dependencia", "--indicador", "PQ-VEN", "--formato", "xlsx", "--salida", path]);

            run.ExitCode.Should().Be(0, run.Error);
            run.Error.Should().Contain("Se escribieron 3 filas");
            var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows.Select(r => r["dependencia"]).Should().Equal("'=Despacho", Gobierno, Hacienda);
            Convert.ToDouble(rows[2]["valor"], CultureInfo.InvariantCulture).Should().Be(0.5);
            rows[2]["semaforo"].Should().Be("rojo");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_reads_dependency_targets_from_the_installation_config(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var root = Directory.CreateTempSubdirectory("indicadores-metas-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "config"));
            File.WriteAllText(Path.Combine(root, "config", "metas.json"),
                """{ "indicadores": { "PQ-OPO": { "dependencias": { "Secretaría de Hacienda": { "meta": 0.5 } } } } }""");

            var run = await CliRun.Of(root, null, [.. March, "--dependencia", Hacienda, "--indicador", "PQ-OPO", "--formato", "csv", "--bd", Target(test)]);

            run.ExitCode.Should().Be(0, run.Error);
            run.OutLines[1].Should().StartWith("PQ-OPO,Oportunidad de respuesta,0.5,1,2,proporción,0.5,0.05,verde,");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_stops_with_exit_code_1_when_the_targets_file_is_wrong(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);
        var path = Path.Combine(Path.GetTempPath(), $"metas-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "indicadores": { "PQ-OPO": { "meta": 95 } } }""");
        try
        {
            var run = await Run(test, [.. March, "--metas", path]);

            run.ExitCode.Should().Be(1);
            run.Error.Should().Contain("tiene errores").And.Contain("escríbala como fracción entre 0 y 1 (0.95 para 95 %)");
            run.Out.Should().BeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_by_month_names_the_key_mes_and_leaves_the_comparison_empty(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var run = await Run(test, ["medir", "--desde", "2024-02-01", "--hasta", "2024-03-31", "--corte", "2024-04-15",
            "--por", "MES", "--indicador", "PQ-VOL", "--formato", "json"]);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.EnumerateArray().Select(r => (r.GetProperty("mes").GetString(), r.GetProperty("valor").GetDouble(),
            r.GetProperty("valor_anterior").ValueKind)).Should().Equal(
            ("2024-02", 1, JsonValueKind.Null), ("2024-03", 7, JsonValueKind.Null));
    }

    [Theory]
    [InlineData("--indicador PQ-XYZ", "Error: El indicador «PQ-XYZ» no existe. Indicadores: PQ-VOL, PQ-RESP, PQ-TMR, PQ-OPO, PQ-VEN, PQ-PEND, PQ-TRASL*")]
    [InlineData("--por secretaria", "Error: No se puede desagregar por «secretaria». Opciones: entidad, dependencia, canal, tipo, tema, mes.")]
    [InlineData("--por dependencia,canal,mes", "Error: Se admiten a lo sumo 2 desagregaciones a la vez; se pidieron 3 (dependencia, canal, mes).")]
    [InlineData("--desde 2024-06-30 --hasta 2024-01-01", "Error: El periodo empieza (2024-06-30) después de terminar (2024-01-01).")]
    [InlineData("--formato pdf", "Error: El formato «pdf» no existe. Formatos: tabla, json, csv, xlsx.")]
    [InlineData("--formato xlsx", "Error: El formato xlsx necesita --salida ARCHIVO.xlsx.")]
    [InlineData("--corte 2024-03-30", "Error: La fecha de corte (2024-03-30) es anterior al fin del periodo (2024-03-31)*")]
    [InlineData("--por ,", "Error: --por: sobra una coma en «,».")]
    public async Task Medir_refuses_bad_input_in_spanish_with_exit_code_2_before_touching_the_warehouse(string options, string message)
    {
        // The warehouse named does not exist: the command line is judged first.
        string[] args = [.. March, .. options.Split(' '), "--bd", Path.Combine(Path.GetTempPath(), "no-existe", "bodega.duckdb")];
        // Later options win, so "--desde 2024-06-30" replaces March's.
        var run = await CliRun.Of(Path.GetTempPath(), null, args);

        run.ExitCode.Should().Be(2);
        run.Error.TrimEnd().Should().Match(message);
        run.Out.Should().BeEmpty();
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Medir_refuses_a_filter_value_the_warehouse_does_not_have_with_exit_code_2(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var run = await Run(test, [.. March, "--canal", "fax"]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("Error: No hay ningún valor de canal llamado «fax» en la bodega.");
    }

    [Fact]
    public async Task Medir_help_is_in_spanish_and_lists_the_catalogue()
    {
        var run = await CliRun.Of(Path.GetTempPath(), null, "medir", "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("Uso: ./indicadores medir --desde AAAA-MM-DD --hasta AAAA-MM-DD")
            .And.Contain("PQ-OPO   Oportunidad de respuesta: oportunas / respondidas con término (proporción, mayor es mejor)")
            .And.Contain("--por         hasta dos desagregaciones separadas por coma: entidad, dependencia, canal, tipo, tema, mes");
        (await CliRun.Of(Path.GetTempPath(), null, "ayuda")).Out.Should().Contain("medir");
    }

    private static Task<CliRun> Run(TestWarehouse test, string[] args) =>
        CliRun.Of(Path.GetTempPath(), null, [.. args, "--bd", Target(test)]);

    private static string Target(TestWarehouse test) =>
        test.Warehouse.Engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
