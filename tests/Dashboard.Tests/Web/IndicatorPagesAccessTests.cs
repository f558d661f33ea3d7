using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class IndicatorPagesAccessTests : IAsyncLifetime
{
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.Start(WarehouseEngine.DuckDb, withPetitions: false);
        TownPetitions.Fill(_app.Warehouse);
        _app.CreateUser("hacienda", Roles.Secretariat, TownPetitions.Hacienda);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_secretaria_sees_on_the_summary_the_figures_of_its_own_dependency()
    {
        using var client = await _app.SignedIn("hacienda");

        var html = PageText.Compact(await client.GetStringAsync("/"));

        var request = new MeasurementRequest(Period.Of(new(2024, 1, 1), DashboardApp.Today), DashboardApp.Today,
            Filters: [new SliceFilter(SliceName.Dependency, TownPetitions.Hacienda)]);
        var volume = IndicatorPanel.Measure(_app.Warehouse, request, Targets.Defaults).Results.Single(r => r.Code == IndicatorCode.Volume);
        volume.Value.Should().Be(3);
        html.Should().Contain($"data-indicador=\"PQ-VOL\"><h3>Volumen recibido <small>PQ-VOL</small></h3><p class=\"valor\">{IndicatorText.Value(IndicatorUnit.Count, 3)}</p>");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/peticiones")]
    [InlineData("/por-vencer")]
    public async Task A_secretaria_finds_nothing_of_another_dependency_on_its_detail_pages(string page)
    {
        using var client = await _app.SignedIn("hacienda");

        var html = await client.GetStringAsync(page);

        html.Should().NotContain(TownPetitions.Gobierno).And.NotContain(TownPetitions.DueSoon).And.NotContain("Orden público");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/peticiones")]
    [InlineData("/por-vencer")]
    [InlineData("/?handler=descargar&tabla=indicadores&formato=csv")]
    [InlineData("/peticiones/descargar?tabla=dependencias&formato=csv")]
    [InlineData("/por-vencer/descargar?tabla=alertas&formato=xlsx")]
    public async Task A_secretaria_asking_for_another_dependencys_figures_gets_403(string page)
    {
        using var client = await _app.SignedIn("hacienda");

        var response = await client.GetAsync(page + (page.Contains('?') ? "&" : "?") + "dependencia=" + Uri.EscapeDataString(TownPetitions.Gobierno));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_secretaria_compares_every_dependency_but_is_led_only_to_its_own_petitions()
    {
        using var client = await _app.SignedIn("hacienda");

        var html = PageText.Compact(await client.GetStringAsync("/comparacion?indicador=PQ-OPO"));

        html.Should().Contain($"<td>{TownPetitions.Gobierno}</td>", "another dependency appears aggregated, without a link to its detail")
            .And.Contain($">{TownPetitions.Hacienda}</a></td>");
    }
}
