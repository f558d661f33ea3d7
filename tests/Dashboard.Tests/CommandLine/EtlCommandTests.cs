using System.Text;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class EtlCommandTests : IDisposable
{
    private const string Profile = """
        {"fuente": "ventanilla-unica", "entidad": "Alcaldía de Prueba", "formato": "csv", "codificacion": "windows-1252",
         "separador": ";", "formatos_fecha": ["dd/MM/yyyy"],
         "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "respondido_el": "Respuesta"},
         "valores": {"tipo": {"DERECHO DE PETICION": "peticion"}},
         "datos_personales": ["Nombre"]}
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-etl-cli-").FullName;

    static EtlCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public EtlCommandTests() => File.WriteAllText(Path.Combine(_root, "perfil.json"), Profile);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryEngines Engines => TestWarehouse.Engines;

    private string Export(string folder, string name, params string[] rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "Radicado;Fecha;Tipo;Respuesta;Nombre\r\n" + string.Join("\r\n", rows) + "\r\n", Encoding.GetEncoding(1252));
        return path;
    }

    private static string Target(TestWarehouse test) =>
        test.Warehouse.Engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;

    [Theory, MemberData(nameof(Engines))]
    public async Task Etl_with_json_prints_the_summary_object_last_and_the_report_on_standard_error(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var file = Export(_root, "export.csv", "R-1;02/01/2024;DERECHO DE PETICION;10/01/2024;José Peña", "R-2;03/01/2024;TUTELA;;María", "R-3;xx/01/2024;DERECHO DE PETICION;;Ana");

        var run = await CliRun.Of(_root, null, "etl", "--perfil", Path.Combine(_root, "perfil.json"), "--archivo", file,
            "--corte", "2024-06-30", "--json", "--bd", Target(test));

        run.ExitCode.Should().Be(0, run.Error);
        var summary = JsonDocument.Parse(run.OutLines[^1]).RootElement;
        summary.GetProperty("leidas").GetInt64().Should().Be(3);
        summary.GetProperty("insertadas").GetInt64().Should().Be(1);
        summary.GetProperty("actualizadas").GetInt64().Should().Be(0);
        summary.GetProperty("sin_cambios").GetInt64().Should().Be(0);
        summary.GetProperty("en_cuarentena").GetInt64().Should().Be(2);
        run.Error.Should().Contain("3 leídas").And.Contain("Motivos de cuarentena");
        run.Out.Should().NotContain("José").And.NotContain("María");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Etl_of_a_file_whose_unclosed_quote_swallows_the_rest_exits_with_an_error_and_says_where_the_quote_opened(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        // Line 3 opens a quote at its 16th character ("R-2;03/01/2024;" is 15) and never closes it.
        var rows = new[] { "R-1;02/01/2024;DERECHO DE PETICION;;Ana", "R-2;03/01/2024;\"DERECHO DE PETICION;;Luis" }
            .Concat(Enumerable.Range(3, 40).Select(i => $"R-{i};04/01/2024;DERECHO DE PETICION;;"));
        var file = Export(_root, "comillas.csv", [.. rows]);

        var run = await CliRun.Of(_root, null, "etl", "--perfil", Path.Combine(_root, "perfil.json"), "--archivo", file,
            "--corte", "2024-06-30", "--bd", Target(test));

        run.ExitCode.Should().Be(3, run.Error);
        run.Error.Should().Contain("terminó con advertencias").And.Contain("línea 3, columna 16");
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<string>("SELECT status FROM etl_run").Should().Be("con_advertencias");
    }

    [Fact]
    public async Task Etl_without_a_profile_for_a_file_or_with_a_broken_profile_says_so_in_spanish()
    {
        var noProfile = await CliRun.Of(_root, null, "etl", "--archivo", "x.csv");
        noProfile.ExitCode.Should().Be(2);
        noProfile.Error.Should().Contain("Falta la opción --perfil");

        File.WriteAllText(Path.Combine(_root, "roto.json"), "{\n  \"fuente\": \"x\",\n  \"entidad\": \n}");
        var broken = await CliRun.Of(_root, null, "etl", "--perfil", Path.Combine(_root, "roto.json"), "--archivo", "x.csv");
        broken.ExitCode.Should().Be(1);
        broken.Error.Should().Contain("roto.json").And.Contain("línea 4");
    }

    [Fact]
    public async Task Etl_without_a_file_loads_each_dropped_export_once_and_moves_it_out_of_the_inbox()
    {
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"),
            """{"Indicadores": {"Fuentes": [{"Perfil": "perfil.json"}]}}""");
        var inbox = Path.Combine(_root, "data", "entrada", "ventanilla-unica");
        Export(inbox, "enero.csv", "R-1;02/01/2024;DERECHO DE PETICION;10/01/2024;José");
        File.WriteAllText(Path.Combine(inbox, "mal.csv"), "Otra;Cosa\r\n1;2\r\n");

        var first = await CliRun.Of(_root, null, "etl", "--corte", "2024-06-30");

        first.ExitCode.Should().Be(1, "one of the two files was rejected");
        Directory.GetFiles(inbox).Should().BeEmpty();
        File.Exists(Path.Combine(_root, "data", "procesados", "ventanilla-unica", "enero.csv")).Should().BeTrue();
        File.ReadAllText(Path.Combine(_root, "data", "rechazados", "ventanilla-unica", "mal.csv.motivo.txt")).Should().Contain("no tiene la(s) columna(s)");

        Export(inbox, "enero.csv", "R-1;02/01/2024;DERECHO DE PETICION;10/01/2024;José");
        var again = await CliRun.Of(_root, null, "etl", "--corte", "2024-06-30");

        again.ExitCode.Should().Be(0, again.Error);
        again.Error.Should().Contain("ya se había cargado");
        Directory.GetFiles(Path.Combine(_root, "data", "procesados", "ventanilla-unica")).Should().HaveCount(2, "nothing is ever deleted");
        var count = await CliRun.Of(_root, null, "consultar", "select count(*) as n from fct_petition");
        count.OutLines.Should().Equal("n", "1");
    }

    [Fact]
    public async Task A_request_handed_to_the_server_is_loaded_by_it_and_answered()
    {
        var folders = new InboxFolders(Path.Combine(_root, "data"));
        var warehouse = Warehouse.DuckDbFile(Path.Combine(_root, "data", "servidor.duckdb"));
        Migrator.Apply(warehouse);
        var file = Export(_root, "entregado.csv", "R-9;02/01/2024;DERECHO DE PETICION;;Ana");
        var options = new FileLoadOptions(new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 1), Path.Combine(_root, "config", "dias-no-habiles"), null);

        var id = LoadRequests.Submit(folders, new LoadRequests.Request(Path.Combine(_root, "perfil.json"), file, options.CutOff));
        var waiting = LoadRequests.WaitFor(folders, id, TimeSpan.FromSeconds(20), CancellationToken.None);
        LoadRequests.ProcessPending(warehouse, folders, _ => options).Should().Be(1);
        var result = await waiting;

        result.Should().NotBeNull();
        result!.Error.Should().BeNull();
        result.Summary!.Inserted.Should().Be(1);
        result.Report.Should().Contain("1 leídas");
        using var connection = warehouse.OpenConnection();
        connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition WHERE radicado = 'R-9'").Should().Be(1);
        Directory.GetFiles(folders.Requests).Should().BeEmpty();
    }
}
