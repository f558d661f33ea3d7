using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// A chart's bar leads to the petitions it counts: the link in the chart opens the detail page, which lists exactly
/// that many, with their status at the cut-off, under the same access rules as every detail page.
/// </summary>
public sealed class DrillDownTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static async Task<DashboardApp> Town(WarehouseEngine engine)
    {
        var app = await DashboardApp.Start(engine, withPetitions: false);
        TownPetitions.Fill(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        app.CreateUser("hacienda", Roles.Secretariat, TownPetitions.Hacienda);
        return app;
    }

    /// <summary>The bars of the chart captioned <paramref name="caption"/>: each one's value and drill-down link.</summary>
    private static IReadOnlyList<(double Value, string? Link)> Bars(string html, string caption)
    {
        var figure = Regex.Match(html, $"<figure class=\"grafico con-detalle\" aria-label=\"{Regex.Escape(caption)}\">(.*?)</figure>", RegexOptions.Singleline);
        figure.Success.Should().BeTrue($"the page draws «{caption}» with links");
        var values = JsonSerializer.Deserialize<double[]>(Regex.Match(figure.Value, "\"x\":(\\[[^\\]]*\\])").Groups[1].Value)!;
        var links = JsonSerializer.Deserialize<string?[]>(Regex.Match(figure.Value, "\"customdata\":(\\[[^\\]]*\\])").Groups[1].Value)!;
        links.Should().HaveSameCount(values);
        return values.Zip(links).ToList();
    }

    private static int ListedRows(string html) => Regex.Matches(html, "<tr><td>[A-Z]-[A-Z0-9]+</td>").Count;

    [Theory, MemberData(nameof(Engines))]
    public async Task Each_bar_of_the_type_chart_opens_exactly_the_petitions_it_counts(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var bars = Bars(PageText.Compact(await client.GetStringAsync("/peticiones")), "Peticiones por tipo");

        bars.Should().HaveCountGreaterThan(1);
        foreach (var (value, link) in bars)
        {
            link.Should().StartWith("/peticiones/detalle?").And.Contain("tipo=");
            var detail = PageText.Compact(await client.GetStringAsync(link));
            ListedRows(detail).Should().Be((int)value, link);
            detail.Should().Contain($"{(int)value} en total");
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_detail_shows_each_petitions_dates_and_status_at_the_cut_off_without_personal_data(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync(
            "/peticiones/detalle?desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30&dependencia=" + Uri.EscapeDataString(TownPetitions.Hacienda)));

        html.Should().Contain("<tr><td>H-1</td><td>Secretaría de Hacienda</td>").And.Contain("Respondida a tiempo")
            .And.Contain($"<tr><td>{TownPetitions.Overdue}</td>").And.Contain("Vencida sin respuesta")
            .And.Contain("Respondida fuera de término", "H-2 was answered after its due date");
        html.Should().NotContain("<td>G-1</td>", "Gobierno's petitions are not behind Hacienda's figure");
        html.Should().NotContain("H-ANTERIOR", "filed before the period");
        ListedRows(html).Should().Be(3);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_secretaria_opens_its_own_petitions_but_not_another_dependencys(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("hacienda");

        var own = PageText.Compact(await client.GetStringAsync("/peticiones/detalle"));
        var other = await client.GetAsync("/peticiones/detalle?dependencia=" + Uri.EscapeDataString(TownPetitions.Gobierno));
        var otherDownload = await client.GetAsync("/peticiones/detalle/descargar?formato=csv&dependencia=" + Uri.EscapeDataString(TownPetitions.Gobierno));

        ListedRows(own).Should().Be(3);
        own.Should().NotContain("<td>G-1</td>");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        otherDownload.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_detail_downloads_as_csv_with_the_same_rows(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var csv = await client.GetStringAsync("/peticiones/detalle/descargar?formato=csv&tipo=queja");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Should().Contain("Radicado").And.Contain("Estado al corte");
        lines.Skip(1).Should().ContainSingle().Which.Should().StartWith("H-2").And.Contain("Respondida fuera de término");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_monthly_trend_on_the_summary_links_each_month_to_its_petitions(WarehouseEngine engine)
    {
        await using var app = await Town(engine);
        using var client = await app.SignedIn("comite");

        var html = PageText.Compact(await client.GetStringAsync("/"));
        var figure = Regex.Match(html, "<figure class=\"grafico con-detalle\" aria-label=\"Peticiones radicadas por mes\">(.*?)</figure>", RegexOptions.Singleline).Value;
        var links = JsonSerializer.Deserialize<string[]>(Regex.Match(figure, "\"customdata\":(\\[[^\\]]*\\])").Groups[1].Value)!;
        var june = links.Single(l => l.Contains("desde=2024-06-01", StringComparison.Ordinal));

        june.Should().Contain("hasta=2024-06-30");
        var detail = PageText.Compact(await client.GetStringAsync(june));
        ListedRows(detail).Should().Be(2, "the overdue-soon petition and the felicitación were filed in June");
    }
}
