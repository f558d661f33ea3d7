using System.Net;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using Dapper;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

/// <summary>
/// One dashboard per engine over <see cref="TwoTowns"/>, with the accounts of a gobernación and its municipalities.
/// The tests only read, so the class shares it.
/// </summary>
public sealed class TwoTownsDashboards : IAsyncLifetime
{
    private readonly Dictionary<WarehouseEngine, DashboardApp> _apps = [];

    internal DashboardApp Of(WarehouseEngine engine) => _apps[engine];

    public async Task InitializeAsync()
    {
        foreach (var engine in new[] { WarehouseEngine.DuckDb, WarehouseEngine.Postgres })
        {
            var app = await DashboardApp.Start(engine, withPetitions: false);
            TwoTowns.LoadInto(app.Warehouse, Path.Combine(app.Root, "exportes"));
            app.Users.Create("hacienda-arriba", null, Roles.Secretariat, TwoTowns.Hacienda, DashboardApp.Password, TwoTowns.Arriba);
            app.Users.Create("hacienda-abajo", null, Roles.Secretariat, TwoTowns.Hacienda, DashboardApp.Password, "alcaldia de ABAJO");
            app.Users.Create("comite-arriba", null, Roles.Committee, null, DashboardApp.Password, TwoTowns.Arriba);
            app.Users.Create("gobernacion", null, Roles.Committee, null, DashboardApp.Password);
            // A secretaría created before accounts had an entity, when the warehouse held one: its dependency is ambiguous now.
            app.Users.Create("hacienda-antigua", null, Roles.Committee, null, DashboardApp.Password);
            using (var connection = app.Warehouse.OpenConnection())
                connection.Execute("UPDATE app_user SET role = 'secretaria', dependency_name = 'Secretaría de Hacienda' WHERE user_name = 'hacienda-antigua'");
            _apps[engine] = app;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
            await app.DisposeAsync();
    }
}

public sealed partial class EntityScopedAccessTests(TwoTownsDashboards towns) : IClassFixture<TwoTownsDashboards>
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string Period = "desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30";

    private static string Entity(string name) => "&entidad=" + Uri.EscapeDataString(name);

    private static string HaciendaFilter => "&dependencia=" + Uri.EscapeDataString(TwoTowns.Hacienda);

    /// <summary>The data rows of a CSV download (the header line is not one).</summary>
    private static async Task<IReadOnlyList<string>> CsvRows(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_hacienda_user_of_one_town_gets_only_its_towns_petitions_on_pages_and_downloads(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("hacienda-arriba");

        var detail = await client.GetStringAsync($"/peticiones/detalle?{Period}");
        var rows = await CsvRows(client, $"/peticiones/detalle/descargar?formato=csv&{Period}");
        var quality = await client.GetStringAsync($"/calidad?{Period}");

        detail.Should().Contain("ARR-H-1").And.Contain("ARR-H-3").And.NotContain("ABA-H-").And.NotContain("ARR-G-1");
        rows.Should().HaveCount(TwoTowns.ArribaHacienda).And.OnlyContain(r => r.StartsWith("ARR-H-"));
        quality.Should().NotContain("ABA-H-");
        (await client.GetStringAsync($"/?{Period}")).Should().NotContain(TwoTowns.Abajo, "the filter bar offers its own entity only");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_same_named_secretaria_of_the_other_town_gets_its_own_two_petitions(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("hacienda-abajo");

        var rows = await CsvRows(client, $"/peticiones/detalle/descargar?formato=csv&{Period}");

        rows.Should().HaveCount(TwoTowns.AbajoHacienda).And.OnlyContain(r => r.StartsWith("ABA-H-"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Asking_for_the_other_town_explicitly_is_refused_on_pages_downloads_and_reports(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var secretariat = await app.SignedIn("hacienda-arriba");
        using var municipality = await app.SignedIn("comite-arriba");

        foreach (var path in new[]
                 {
                     "/", "/peticiones", "/peticiones/detalle", "/peticiones/detalle/descargar?formato=csv", "/por-vencer", "/calidad",
                     "/comparacion", "/peticiones/descargar?tabla=tipo&formato=csv", "/informes/pdf",
                 })
        {
            var query = (path.Contains('?') ? "&" : "?") + Period + Entity(TwoTowns.Abajo);
            (await secretariat.GetAsync(path + query + HaciendaFilter)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "secretaría: " + path);
            (await municipality.GetAsync(path + query)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "municipio: " + path);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_municipalitys_committee_sees_its_whole_town_and_nothing_of_the_other(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("comite-arriba");

        var rows = await CsvRows(client, $"/peticiones/detalle/descargar?formato=csv&{Period}");
        var own = await CsvRows(client, $"/peticiones/detalle/descargar?formato=csv&{Period}{Entity("ALCALDIA DE ARRIBA")}");

        rows.Should().HaveCount(TwoTowns.ArribaAll).And.OnlyContain(r => r.StartsWith("ARR-"));
        own.Should().HaveCount(TwoTowns.ArribaAll, "its own entity, however it is spelled");
        // Pages whose figures are not measured per entity yet refuse rather than show another town's.
        foreach (var path in new[] { "/paac", "/plan", "/pronostico" })
            (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden, path);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_gobernacion_sees_every_town_and_each_one_apart(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("gobernacion");

        var all = await CsvRows(client, $"/peticiones/detalle/descargar?formato=csv&{Period}");
        var abajo = await CsvRows(client, $"/peticiones/detalle/descargar?formato=csv&{Period}{Entity(TwoTowns.Abajo)}");

        all.Should().HaveCount(TwoTowns.ArribaAll + TwoTowns.AbajoAll);
        abajo.Should().HaveCount(TwoTowns.AbajoAll).And.OnlyContain(r => r.StartsWith("ABA-"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_secretaria_without_an_entity_sees_nothing_once_the_warehouse_holds_two_towns(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("hacienda-antigua");

        (await client.GetAsync($"/peticiones/detalle?{Period}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/informes/pdf?{Period}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_ficha_of_the_hacienda_user_is_headed_with_its_town_and_counts_its_towns_petitions(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("hacienda-arriba");

        var response = await client.GetAsync($"/informes/pdf?{Period}");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var path = Path.Combine(app.Root, $"ficha-{engine}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var pdf = PdfText.Read(path);
        pdf.Flat.Should().Contain(TwoTowns.Arriba).And.NotContain(TwoTowns.Abajo).And.NotContain("ABA-H-");
        VolumeRow().Match(pdf.RowStartingWith("PQ-VOL")).Groups[1].Value.Should().Be(TwoTowns.ArribaHacienda.ToString());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_municipalitys_committee_report_is_headed_with_its_town_and_counts_only_its_petitions(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("comite-arriba");

        var response = await client.GetAsync($"/informes/pdf?{Period}");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var path = Path.Combine(app.Root, $"comite-{engine}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var pdf = PdfText.Read(path);
        pdf.Flat.Should().Contain(TwoTowns.Arriba).And.NotContain(TwoTowns.Abajo);
        VolumeRow().Match(pdf.RowStartingWith("PQ-VOL")).Groups[1].Value.Should().Be(TwoTowns.ArribaAll.ToString());
    }

    [GeneratedRegex(@"^PQ-VOL \D+ (\d+)")]
    private static partial Regex VolumeRow();
}
