using System.Text.RegularExpressions;
using IndicadoresServicio.Dashboard.Accounts;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>The four indicator pages show what the engine measures for the same filters, on both engines.</summary>
public sealed class IndicatorPagesTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly Period FirstSemester = Period.Of(new(2024, 1, 1), DashboardApp.Today);

    private static MeasurementRequest Request(string? dependency = null, IReadOnlyList<string>? indicators = null, IReadOnlyList<string>? slices = null) =>
        new(FirstSemester, DashboardApp.Today, indicators, slices, dependency is null ? [] : [new SliceFilter("dependencia", dependency)]);

    private static async Task<DashboardApp> Town(WarehouseEngine engine)
    {
        var app = await DashboardApp.Start(engine, withPetitions: false);
        TownPetitions.Fill(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        return app;
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_summary_shows_each_indicator_of_the_panel_with_the_engines_value_target_and_light(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/"));

        // The petition cards; the survey cards beside them are the Satisfacción tests' concern.
        var petitionCodes = IndicatorCatalogue.All.Where(i => i.Source == MeasureSources.Petitions).Select(i => i.Code).ToList();
        var panel = IndicatorPanel.Measure(app.Warehouse, Request(null, petitionCodes), Targets.Defaults);
        panel.Results.Should().HaveCount(petitionCodes.Count);
        panel.Results.Single(r => r.Code == "PQ-VOL").Value.Should().Be(6, "six petitions filed in the semester, the felicitación included");
        foreach (var result in panel.Results)
        {
            var card = Regex.Match(html, $"<li class=\"tarjeta\" data-indicador=\"{result.Code}\">(.*?)</li>", RegexOptions.Singleline).Groups[1].Value;
            card.Should().Contain($"<p class=\"valor\">{IndicatorText.Value(result.Indicator.Unit, result.Value)}</p>", result.Code);
            card.Should().Contain(IndicatorText.Target(result.Indicator, result.Target), result.Code);
            card.Should().Contain(IndicatorText.Value(result.Indicator.Unit, result.PreviousValue), result.Code);
            if (PanelLights.Cell(result.Light) is Dashboard.Web.Tables.TrafficLight light)
                card.Should().Contain($"<span class=\"{light.CssClass}\">{light.Label}</span>", "the light has its word and its shape");
        }
        html.Should().Contain("aria-label=\"Peticiones radicadas por mes\">", "the volume trend is drawn");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_petitions_page_shows_each_dependencys_volume_timeliness_and_days_as_the_engine_measures_them(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/peticiones"));

        var results = IndicatorPanel.Measure(app.Warehouse, Request(null, ["PQ-VOL", "PQ-OPO", "PQ-TMR"], ["dependencia"]), Targets.Defaults).Results;
        foreach (var dependency in new[] { TownPetitions.Hacienda, TownPetitions.Gobierno })
        {
            double? Of(string code) => results.Single(r => r.Code == code && r.SliceValueOf("dependencia") == dependency).Value;
            var row = Regex.Match(html, $"<tr><td><a href=\"[^\"]*\">{dependency}</a></td>(.*?)</tr>").Groups[1].Value;
            row.Should().StartWith($"<td class=\"numero\">{CellText.Of((long)Of("PQ-VOL")!.Value)}</td>"
                + $"<td class=\"numero\">{CellText.Of(IndicatorText.Shown(IndicatorUnit.Proportion, Of("PQ-OPO")))}</td>", dependency);
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

        var alerts = PetitionAlerts.List(app.Warehouse, Request());
        alerts.Select(a => a.Radicado).Should().BeEquivalentTo([TownPetitions.DueSoon, TownPetitions.Overdue]);
        var overdue = alerts.Single(a => a.Radicado == TownPetitions.Overdue);
        overdue.BusinessDaysLeft.Should().BeNegative();
        html.Should().Contain($"<td>{TownPetitions.Overdue}</td>")
            .And.Contain($"vencida hace {-overdue.BusinessDaysLeft} días hábiles")
            .And.Contain($"<td>{CellText.Of(overdue.DueOn)}</td>");
        html.IndexOf(TownPetitions.DueSoon, StringComparison.Ordinal).Should().BeLessThan(html.IndexOf(TownPetitions.Overdue, StringComparison.Ordinal),
            "the list goes by dependency in Spanish order: Gobierno before Hacienda");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_comparison_ranks_the_dependencies_best_first_against_the_entity(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/comparacion?indicador=PQ-OPO"));

        var ranked = DependencyRanking.Measure(app.Warehouse, Request(), "PQ-OPO", Targets.Defaults);
        ranked.Select(r => r.Dependency).Should().Equal(TownPetitions.Gobierno, TownPetitions.Hacienda);
        var table = html[html.IndexOf("<table>", StringComparison.Ordinal)..];
        table.IndexOf(TownPetitions.Gobierno, StringComparison.Ordinal).Should().BeLessThan(table.IndexOf(TownPetitions.Hacienda, StringComparison.Ordinal));
        foreach (var r in ranked)
            table.Should().Contain($"<tr><td class=\"numero\">{r.Position}</td><td><a href=\"/peticiones?")
                .And.Contain($">{r.Dependency}</a></td><td class=\"numero\">{CellText.Of(IndicatorText.Shown(IndicatorUnit.Proportion, r.Value))}</td>");
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
