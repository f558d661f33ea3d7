using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>The Satisfacción page and the Resumen cards show what the engine measures over surveys loaded by the ETL.</summary>
public sealed class SatisfactionPageTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string March = "desde=2024-03-01&hasta=2024-03-31&corte=2024-06-30";

    private static async Task<DashboardApp> Town(WarehouseEngine engine)
    {
        var app = await DashboardApp.Start(engine);
        SurveyExport.LoadInto(app.Warehouse, Path.Combine(app.Root, "encuestas"));
        app.CreateUser("comite", Roles.Committee);
        app.CreateUser("gobierno", Roles.Secretariat, PetitionExport.Gobierno);
        return app;
    }

    private static string Card(string html, string code) =>
        Regex.Match(html, $"<li class=\"tarjeta\" data-indicador=\"{code}\">(.*?)</li>", RegexOptions.Singleline).Groups[1].Value;

    [Theory, MemberData(nameof(Engines))]
    public async Task The_page_shows_the_satisfaction_cards_with_target_light_interval_and_the_dependencies_with_their_samples(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/satisfaccion?" + March));

        var t2b = Card(html, "SA-T2B");
        t2b.Should().Contain("<p class=\"valor\">74,3 %</p>", "26 of 35 valid answers in the top two");
        t2b.Should().Contain("Meta ≥ 80 %").And.Contain("Amarillo: cerca de la meta").And.NotContain("muestra insuficiente");
        var engineT2b = IndicatorPanel.Measure(app.Warehouse, new MeasurementRequest(Period.Of(new(2024, 3, 1), new(2024, 3, 31)), new(2024, 6, 30), [IndicatorCode.Satisfaction]), Targets.Defaults)
            .Results.Single();
        t2b.Should().Contain($"{engineT2b.Statistic(StatisticName.IntervalLow)! * 100:0.0}".Replace('.', ',') + " % – ");
        Card(html, "SA-N").Should().Contain("<p class=\"valor\">35</p>");
        Card(html, "SA-MEAN").Should().Contain("<p class=\"valor\">");
        html.Should().MatchRegex("<tr><td>Secretaría de Gobierno</td><td[^>]*>3</td><td[^>]*>3</td><td[^>]*>33,3</td>.*?muestra insuficiente</td></tr>");
        html.Should().MatchRegex("<tr><td>Secretaría de Hacienda</td><td[^>]*>32</td><td[^>]*>32</td><td[^>]*>78,1</td>.*?suficiente</td></tr>");
        html.Should().Contain($"aria-label=\"{WebUtility.HtmlEncode("Distribución de las respuestas por pregunta")}\"")
            .And.Contain($"aria-label=\"{WebUtility.HtmlEncode("Satisfacción por dependencia (%)")}\"");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Comments_are_masked_and_a_secretaria_sees_only_its_own_dependencys(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var committee = await app.SignedIn("comite");
        using var gobierno = await app.SignedIn("gobierno");

        var all = await committee.GetStringAsync("/satisfaccion?" + March);
        var own = await gobierno.GetStringAsync("/satisfaccion?" + March);
        var other = await gobierno.GetAsync("/satisfaccion?" + March + "&dependencia=" + Uri.EscapeDataString(PetitionExport.Hacienda));

        all.Should().Contain(SurveyExport.HaciendaCommentMasked).And.Contain(SurveyExport.GobiernoCommentMasked)
            .And.NotContain("ana@correo.co").And.NotContain("3001234567").And.NotContain("vecino");
        own.Should().Contain(SurveyExport.GobiernoCommentMasked).And.NotContain(SurveyExport.HaciendaCommentMasked);
        Card(PageText.Compact(own), "SA-T2B").Should().Contain("33,3 %").And.Contain("muestra insuficiente");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_dependency_table_downloads_as_csv_with_the_filters_applied_and_no_comments(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var response = await client.GetAsync("/satisfaccion/descargar?tabla=dependencias&formato=csv&" + March);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        text.Should().Contain("Secretaría de Hacienda").And.Contain("78,1").And.Contain("muestra insuficiente");
        text.Should().NotContain("[correo]").And.NotContain("Muy bien atendida");
        (await client.GetAsync("/satisfaccion/descargar?tabla=respuestas&formato=xlsx&" + March)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_summary_has_satisfaction_and_survey_count_cards_leading_to_the_satisfaction_page(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/?" + March));

        Card(html, "SA-T2B").Should().Contain("<p class=\"valor\">74,3 %</p>").And.Contain("/satisfaccion?");
        Card(html, "SA-N").Should().Contain("<p class=\"valor\">35</p>");
        html.Should().Contain("href=\"/satisfaccion?");
    }
}
