using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>The four indicator pages show the figures of a small town worked out by hand, on both engines.</summary>
public sealed class IndicatorPagesTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static async Task<DashboardApp> Town(WarehouseEngine engine)
    {
        var app = await DashboardApp.Start(engine, withPetitions: false);
        TownPetitions.Fill(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        return app;
    }

    // The figures below are worked out by hand from TownPetitions for the first semester of 2024, cut-off June 30:
    // filed H-1, H-2, H-VENCIDA, G-1, G-PRONTO and the felicitación (6; five with a legal term); answered H-1 (10 days,
    // on time), H-2 (21 days, after its due date) and G-1 (6 days, on time); H-VENCIDA is past its June 11 due date
    // unanswered; G-PRONTO falls due on July 2, one business day after the cut-off (July 1, 2024 is San Pedro y San
    // Pablo). H-ANTERIOR is the semester before.
    [Theory, MemberData(nameof(Engines))]
    public async Task The_summary_shows_each_petition_indicator_with_its_value_target_and_light(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/"));

        string Card(string code) =>
            Regex.Match(html, $"<li class=\"tarjeta\" data-indicador=\"{code}\">(.*?)</li>", RegexOptions.Singleline).Groups[1].Value;
        var expected = new (string Code, string Value, string Target, string? Light)[]
        {
            ("PQ-VOL", "6", "sin meta", null),
            ("PQ-RESP", "3", "sin meta", null),
            ("PQ-TMR", "12,3 días", "≤ 10 días", "semaforo-amarillo"),   // (10 + 21 + 6) / 3; yellow within 5 days of the goal
            ("PQ-OPO", "66,7 %", "≥ 95 %", "semaforo-rojo"),            // 2 on time of 3 answered
            ("PQ-VEN", "40 %", "≤ 5 %", "semaforo-rojo"),               // H-2 late + H-VENCIDA overdue, of 5 with a term
            ("PQ-PEND", "1", "sin meta", null),                         // G-PRONTO
            ("PQ-TRASL", "0 %", "sin meta", null),
        };
        foreach (var (code, value, target, light) in expected)
        {
            var card = Card(code);
            card.Should().Contain($"<p class=\"valor\">{value}</p>", code);
            card.Should().Contain(target, code);
            if (light is not null)
                card.Should().Contain(light, code);
        }
        IndicatorCatalogue.All.Where(i => i.Source == MeasureSources.Petitions).Select(i => i.Code.Text)
            .Should().BeEquivalentTo(expected.Select(e => e.Code), "every petition indicator of the catalogue has its card, and no other");
        Card("PQ-VOL").Should().Contain("Periodo anterior: 1 (", "the semester before had one petition, H-ANTERIOR");
        html.Should().Contain("aria-label=\"Peticiones radicadas por mes\">", "the volume trend is drawn");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_petitions_page_shows_each_dependencys_volume_and_timeliness(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/peticiones"));

        // Hacienda: H-1, H-2 and H-VENCIDA, one of its two answers on time; Gobierno: G-1, G-PRONTO and the
        // felicitación, its one answer on time.
        foreach (var (dependency, volume, onTime) in new[] { (TownPetitions.Hacienda, 3L, 50.0), (TownPetitions.Gobierno, 3L, 100.0) })
        {
            var row = Regex.Match(html, $"<tr><td><a href=\"[^\"]*\">{dependency}</a></td>(.*?)</tr>").Groups[1].Value;
            row.Should().StartWith($"<td class=\"numero\">{CellText.Of(volume)}</td><td class=\"numero\">{CellText.Of(onTime)}</td>", dependency);
        }
        html.Should().Contain("Impuesto predial").And.Contain("Correo electrónico").And.Contain("Queja");
        html.Should().Contain("aria-label=\"Oportunidad de respuesta (PQ-OPO) por mes de radicaci", "the timeliness trend is drawn");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_alert_list_shows_an_overdue_petition_with_its_business_days_past_due(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/por-vencer"));

        // Due June 11; the business days after it up to the cut-off are June 12-14, 17-21 and 24-28.
        html.Should().Contain($"<td>{TownPetitions.Overdue}</td>")
            .And.Contain("vencida hace 13 días hábiles")
            .And.Contain($"<td>{CellText.Of(new DateOnly(2024, 6, 11))}</td>");
        html.Should().Contain($"<td>{TownPetitions.DueSoon}</td>");
        html.Should().NotContain(">H-1<").And.NotContain(">G-1<", "answered petitions raise no alert");
        html.IndexOf(TownPetitions.DueSoon, StringComparison.Ordinal).Should().BeLessThan(html.IndexOf(TownPetitions.Overdue, StringComparison.Ordinal),
            "the list goes by dependency in Spanish order: Gobierno before Hacienda");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_comparison_ranks_the_dependencies_best_first_against_the_entity(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/comparacion?indicador=PQ-OPO"));

        var table = html[html.IndexOf("<table>", StringComparison.Ordinal)..];
        table.IndexOf(TownPetitions.Gobierno, StringComparison.Ordinal).Should().BeLessThan(table.IndexOf(TownPetitions.Hacienda, StringComparison.Ordinal));
        foreach (var (position, dependency, onTime) in new[] { (1, TownPetitions.Gobierno, 100.0), (2, TownPetitions.Hacienda, 50.0) })
            table.Should().Contain($"<tr><td class=\"numero\">{position}</td><td><a href=\"/peticiones?")
                .And.Contain($">{dependency}</a></td><td class=\"numero\">{CellText.Of(onTime)}</td>");
        html.Should().Contain("<option value=\"PQ-OPO\" selected=\"selected\">");
    }

    [Fact]
    public async Task An_unknown_indicator_in_the_comparison_falls_back_to_timeliness_with_a_spanish_note()
    {
        await using var app = await Town(WarehouseEngine.DuckDb);
        using var client = await app.SignedIn("comite");

        var html = await client.GetStringAsync("/comparacion?indicador=DROP%20TABLE");

        html.Should().Contain("El indicador «DROP TABLE» no existe").And.Contain("Oportunidad de respuesta");
    }

    [Fact]
    public async Task A_cut_off_inside_the_period_is_explained_instead_of_failing()
    {
        await using var app = await Town(WarehouseEngine.DuckDb);
        using var client = await app.SignedIn("comite");

        var html = await client.GetStringAsync("/?desde=2024-01-01&hasta=2024-06-30&corte=2024-03-31");

        html.Should().Contain("es anterior al fin del periodo");
    }
}
