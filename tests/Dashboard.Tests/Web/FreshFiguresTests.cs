using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Caching;
using Microsoft.Extensions.DependencyInjection;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// The server keeps the engine's answers between requests; a load that commits must still show at once, whether it
/// adds petitions or only answers ones already there.
/// </summary>
public sealed class FreshFiguresTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string March = "/?desde=2024-03-01&hasta=2024-03-31&corte=2024-06-30";

    private const string Profile = """
        {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
         "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "canal": "Canal", "dependencia": "Dependencia",
                      "respondido_el": "Respuesta"},
         "valores": {"tipo": {"DERECHO DE PETICION": "peticion"}, "canal": {"VENTANILLA": "presencial"}}}
        """;

    private static string Card(string html, string code) =>
        Regex.Match(PageText.Compact(html), $"<li class=\"tarjeta\" data-indicador=\"{code}\">.*?<p class=\"valor\">(.*?)</p>", RegexOptions.Singleline)
            .Groups[1].Value;

    private static LoadSummary Load(Warehouse warehouse, string folder, string name, params string[] rows)
    {
        Directory.CreateDirectory(folder);
        var profile = Path.Combine(folder, "ventanilla.json");
        var export = Path.Combine(folder, name);
        File.WriteAllText(profile, Profile);
        File.WriteAllText(export, "Radicado;Fecha;Tipo;Canal;Dependencia;Respuesta\n" + string.Join("\n", rows) + "\n");
        var cutOff = new DateOnly(2024, 6, 30);
        return DatasetProfiles.Open(profile).LoadFile(warehouse, export, new FileLoadOptions(cutOff, cutOff, Path.Combine(folder, "sin-calendarios"), null));
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_load_that_only_answers_petitions_already_shown_changes_the_next_page_at_once(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        app.CreateUser("comite", Roles.Committee);
        using var client = await app.SignedIn("comite");
        var folder = Path.Combine(app.Root, "exportes");
        Load(app.Warehouse, folder, "marzo.csv",
            "A-1;2024-03-05;DERECHO DE PETICION;VENTANILLA;Secretaría de Hacienda;",
            "A-2;2024-03-06;DERECHO DE PETICION;VENTANILLA;Secretaría de Hacienda;2024-03-08");

        var before = await client.GetStringAsync(March);
        var again = await client.GetStringAsync(March);
        var summary = Load(app.Warehouse, folder, "marzo-respuestas.csv",
            "A-1;2024-03-05;DERECHO DE PETICION;VENTANILLA;Secretaría de Hacienda;2024-03-12",
            "A-2;2024-03-06;DERECHO DE PETICION;VENTANILLA;Secretaría de Hacienda;2024-03-08");
        var after = await client.GetStringAsync(March);

        summary.Updated.Should().Be(1, "the second export only answers A-1");
        Card(before, "PQ-VOL").Should().Be("2");
        Card(before, "PQ-RESP").Should().Be("1");
        Card(again, "PQ-RESP").Should().Be("1", "nothing changed between the two requests");
        Card(after, "PQ-VOL").Should().Be("2");
        Card(after, "PQ-RESP").Should().Be("2", "the committed answer shows on the very next request");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Petitions_added_without_a_load_show_on_the_next_request_too(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        TownPetitions.Fill(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        using var client = await app.SignedIn("comite");

        var before = await client.GetStringAsync("/");
        var fixture = new PetitionFixture(app.Warehouse);
        var entity = fixture.Entity("Otro Municipio");
        fixture.Add(new FixturePetition("O-1", entity, fixture.Dependency(entity, "Secretaría de Salud"), new(2024, 6, 4), new(2024, 6, 25)));
        var after = await client.GetStringAsync("/");

        Card(before, "PQ-VOL").Should().Be("6");
        Card(after, "PQ-VOL").Should().Be("7");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task After_a_load_the_figures_people_were_looking_at_are_computed_again_before_anyone_asks(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        TownPetitions.Fill(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        using var client = await app.SignedIn("comite");
        var cache = app.Services.GetRequiredService<ResultCache>();
        await client.GetStringAsync("/");
        await cache.Refreshing;   // whatever the server prepared at start, on the empty warehouse, is redone by now
        var seen = cache.Computed;

        var fixture = new PetitionFixture(app.Warehouse);
        var entity = fixture.Entity("Otro Municipio");
        fixture.Add(new FixturePetition("O-1", entity, fixture.Dependency(entity, "Secretaría de Salud"), new(2024, 6, 4), new(2024, 6, 25)));
        cache.Refresh(DataVersion.Read(app.Warehouse));   // what the server's refresher does every few seconds
        await cache.Refreshing;
        var refreshed = cache.Computed;
        var after = await client.GetStringAsync("/");

        refreshed.Should().BeGreaterThanOrEqualTo(seen + 2,
            "the summary's two engine answers (the panel and the monthly volume) ran again in the background, with whatever else was seen");
        Card(after, "PQ-VOL").Should().Be("7", "the refreshed figures are the new data's");
        (cache.Computed - refreshed).Should().Be(2, "the request only computed the filter choices and redrew the chart, not the panels");
    }

    [Fact]
    public void A_version_read_before_a_load_is_older_than_the_one_after_it_and_never_the_other_way()
    {
        var before = new DataVersion(Runs: 3, FinishedRuns: 2, LastPetition: 100, Dependencies: 5);
        var loadFinished = before with { FinishedRuns = 3, LastPetition = 180 };
        var nextLoadStarted = loadFinished with { Runs = 4 };

        before.IsOlderThan(loadFinished).Should().BeTrue();
        before.IsOlderThan(nextLoadStarted).Should().BeTrue();
        loadFinished.IsOlderThan(before).Should().BeFalse();
        before.IsOlderThan(before).Should().BeFalse();
        (before with { LastPetition = 200 }).IsOlderThan(loadFinished).Should().BeFalse("neither came first: both are kept apart");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_summary_and_the_alert_list_are_prepared_before_the_first_person_signs_in(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        TownPetitions.Fill(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        var cache = app.Services.GetRequiredService<ResultCache>();

        CacheRefresher.PrepareLandingPage(cache, DataVersion.Read(app.Warehouse), app.Warehouse,
            app.Services.GetRequiredService<IndicadoresServicio.Indicators.Catalogue.Targets>(), DashboardApp.Today);
        var prepared = cache.Computed;
        using var client = await app.SignedIn("comite");
        var html = await client.GetStringAsync("/");
        var afterSummary = cache.Computed;
        var alerts = await client.GetStringAsync("/por-vencer");

        Card(html, "PQ-VOL").Should().Be("6");
        (afterSummary - prepared).Should().Be(2, "the request only computed the filter choices and drew the chart: both panels were ready");
        alerts.Should().Contain(TownPetitions.Overdue);
        (cache.Computed - afterSummary).Should().Be(1, "Por vencer only drew its chart: the alert summary was ready");
    }
}
