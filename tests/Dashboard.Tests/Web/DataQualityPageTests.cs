using System.Net;
using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class DataQualityPageTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static async Task<(DashboardApp App, HttpClient Client)> SignedInAsCommittee(WarehouseEngine engine)
    {
        var app = await DashboardApp.Start(engine);
        app.CreateUser("comite", Roles.Committee);
        return (app, await app.SignedIn("comite"));
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_page_shows_the_run_and_each_quarantined_rows_line_and_reason(WarehouseEngine engine)
    {
        var (app, client) = await SignedInAsCommittee(engine);
        await using var _ = app;

        var html = PageText.Compact(await client.GetStringAsync("/calidad"));

        html.Should().Contain("ventanilla-marzo.csv").And.Contain("Exitosa, con cuarentena");
        html.Should().Contain(PetitionExport.QuarantinedType, "the quarantined row's reason quotes the value that was refused");
        html.Should().Contain("<td class=\"numero\">6</td>", "the export's sixth line is the one with the bad type");
        // The reasons table groups by the stored code and names each group by its title (Etl.Load.QuarantineReason).
        html.Should().Contain("el tipo de petición no tiene equivalencia en el perfil").And.Contain("la fecha no tiene ninguno de los formatos del perfil");
        html.Should().Contain("class=\"grafico\"").And.Contain("Plotly.newPlot");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Due_dates_that_disagree_with_the_source_are_listed_with_both_dates_and_the_difference(WarehouseEngine engine)
    {
        var (app, client) = await SignedInAsCommittee(engine);
        await using var _ = app;

        var html = PageText.Compact(await client.GetStringAsync("/calidad?orden=radicado"));

        // H-1 was filed Wed 2024-03-27: 15 business days give 2024-04-19; the source said 2024-04-23 (2 business days later).
        html.Should().Contain("<td>H-1</td><td>Alcaldía de Prueba</td><td>Secretaría de Hacienda</td><td>27/03/2024</td><td>19/04/2024</td><td>23/04/2024</td><td class=\"numero\">2</td><td class=\"numero\">4</td>");
        html.Should().Contain("G-1").And.NotContain("<td>H-2</td>", "H-2's source agrees with the computed due date");
        html.Should().Contain("3 en total");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_filters_narrow_the_disagreements_by_dependency_and_type(WarehouseEngine engine)
    {
        var (app, client) = await SignedInAsCommittee(engine);
        await using var _ = app;

        var gobierno = PageText.Compact(await client.GetStringAsync("/calidad?dependencia=" + Uri.EscapeDataString("secretaria de gobierno")));
        gobierno.Should().Contain("<td>G-1</td>").And.NotContain("<td>H-1</td>");

        var quejas = await client.GetStringAsync("/calidad?tipo=queja");
        quejas.Should().Contain("Ningún vencimiento difiere");

        var outOfPeriod = PageText.Compact(await client.GetStringAsync("/calidad?desde=2024-04-01&hasta=2024-06-30"));
        outOfPeriod.Should().NotContain("<td>H-1</td>", "it was filed in March");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_topic_narrows_the_disagreements_to_that_topics_petitions_as_it_narrows_the_indicators(WarehouseEngine engine)
    {
        var folder = Directory.CreateTempSubdirectory("indicadores-temas-").FullName;
        await using var app = await DashboardApp.Start(engine, withPetitions: false, beforeStart: w => LoadExportWithTopics(w, folder));
        app.CreateUser("comite", Roles.Committee);
        var client = await app.SignedIn("comite");

        // Every row was filed Wed 2024-03-27, a petición: due 2024-04-19 here. I-1, I-2, V-1 and S-1 carry another
        // date in the source, I-3 the same; Impuestos has two of the four, Vías one, the row without a topic one.
        var impuestos = PageText.Compact(await client.GetStringAsync("/calidad?orden=radicado&tema=impuestos"));
        Disagreeing(impuestos).Should().Equal("I-1", "I-2");
        impuestos.Should().Contain("2 en total");

        var vias = PageText.Compact(await client.GetStringAsync("/calidad?orden=radicado&tema=" + Uri.EscapeDataString("VÍAS")));
        Disagreeing(vias).Should().Equal("V-1");
        vias.Should().Contain("1 en total");

        var all = PageText.Compact(await client.GetStringAsync("/calidad?orden=radicado"));
        Disagreeing(all).Should().Equal("I-1", "I-2", "S-1", "V-1");
        all.Should().Contain("4 en total");
    }

    /// <summary>The radicados of the disagreement table, in the order shown.</summary>
    private static List<string> Disagreeing(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>([IVS]-\\d)</td>").Select(m => m.Groups[1].Value).ToList();

    private static void LoadExportWithTopics(Warehouse warehouse, string folder)
    {
        var profile = Path.Combine(folder, "temas.json");
        var export = Path.Combine(folder, "temas.csv");
        File.WriteAllText(profile, """
            {"fuente": "temas", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "canal": "Canal", "dependencia": "Dependencia",
                          "tema": "Tema", "respondido_el": "Respuesta", "vencimiento_fuente": "Vence"},
             "valores": {"tipo": {"DERECHO DE PETICION": "peticion"}, "canal": {"VENTANILLA": "presencial"}}}
            """);
        File.WriteAllText(export, string.Join("\n",
            "Radicado;Fecha;Tipo;Canal;Dependencia;Tema;Respuesta;Vence",
            $"I-1;2024-03-27;DERECHO DE PETICION;VENTANILLA;{PetitionExport.Hacienda};Impuestos;;2024-04-23",
            $"I-2;2024-03-27;DERECHO DE PETICION;VENTANILLA;{PetitionExport.Hacienda};Impuestos;;2024-04-26",
            $"I-3;2024-03-27;DERECHO DE PETICION;VENTANILLA;{PetitionExport.Hacienda};Impuestos;;2024-04-19",
            $"V-1;2024-03-27;DERECHO DE PETICION;VENTANILLA;{PetitionExport.Gobierno};Vías;;2024-04-22",
            $"S-1;2024-03-27;DERECHO DE PETICION;VENTANILLA;{PetitionExport.Gobierno};;;2024-04-24") + "\n");
        DatasetProfiles.Open(profile).LoadFile(warehouse, export,
            new FileLoadOptions(PetitionExport.CutOff, PetitionExport.CutOff, Path.Combine(folder, "sin-calendarios"), null));
    }

    [Fact]
    public async Task A_channel_named_by_its_spanish_name_is_taken_by_the_filter_bar_as_the_engine_takes_it()
    {
        var (app, client) = await SignedInAsCommittee(WarehouseEngine.DuckDb);
        await using var _ = app;

        var presencial = PageText.Compact(await client.GetStringAsync("/calidad?orden=radicado&canal=" + Uri.EscapeDataString("presencial")));
        var virtualWeb = PageText.Compact(await client.GetStringAsync("/calidad?orden=radicado&canal=" + Uri.EscapeDataString("Virtual / web")));

        presencial.Should().Contain("<td>H-1</td>");
        virtualWeb.Should().NotContain("no aparece").And.NotContain("Revise los filtros").And.NotContain("<td>H-1</td>",
            "every petition of the fixture came by ventanilla, none by the web");
    }

    [Fact]
    public async Task Filters_that_cannot_be_used_are_explained_in_spanish()
    {
        var (app, client) = await SignedInAsCommittee(WarehouseEngine.DuckDb);
        await using var _ = app;

        var html = await client.GetStringAsync("/calidad?desde=2024-02-31&hasta=2024-01-01&tipo=tutela&canal=paloma&orden=radicado;drop");

        html.Should().Contain("Revise los filtros")
            .And.Contain("«Desde»: «2024-02-31» no es una fecha válida; use AAAA-MM-DD")
            .And.Contain("El tipo «tutela» no existe")
            .And.Contain("El canal «paloma» no aparece en los datos cargados");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_xlsx_download_opens_in_miniexcel_with_the_formula_like_radicado_neutralised(WarehouseEngine engine)
    {
        var (app, client) = await SignedInAsCommittee(engine);
        await using var _ = app;

        var response = await client.GetAsync("/calidad/descargar?tabla=vencimientos&formato=xlsx&desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("vencimientos-distintos-a-la-fuente-2024-06-30.xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["Radicado"]).Should().BeEquivalentTo(["H-1", "G-1", "'" + PetitionExport.FormulaRadicado]);
        rows.Single(r => (string?)r["Radicado"] == "H-1")["Diferencia (días hábiles)"].Should().Be(2d);
    }

    [Fact]
    public async Task The_csv_download_has_a_byte_order_mark_semicolons_and_neutralised_cells()
    {
        var (app, client) = await SignedInAsCommittee(WarehouseEngine.DuckDb);
        await using var _ = app;

        var bytes = await client.GetByteArrayAsync("/calidad/descargar?tabla=vencimientos&formato=csv&orden=radicado");

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].Should().StartWith("Radicado;Entidad;Dependencia;Radicada el;");
        lines.Should().Contain(l => l.StartsWith("H-1;Alcaldía de Prueba;Secretaría de Hacienda;2024-03-27;2024-04-19;2024-04-23;2;4"));
        lines.Should().Contain(l => l.StartsWith("\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\")\";"));
    }

    [Fact]
    public async Task Every_table_of_the_page_downloads_in_both_formats_and_an_unknown_one_is_not_found()
    {
        var (app, client) = await SignedInAsCommittee(WarehouseEngine.DuckDb);
        await using var _ = app;

        foreach (var table in new[] { "cargas", "motivos", "cuarentena", "vencimientos" })
            foreach (var format in new[] { "xlsx", "csv" })
                (await client.GetAsync($"/calidad/descargar?tabla={table}&formato={format}")).StatusCode.Should().Be(HttpStatusCode.OK, $"{table}.{format}");
        (await client.GetAsync("/calidad/descargar?tabla=app_user&formato=xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/calidad/descargar?tabla=cargas&formato=pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
