using System.Net;
using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class RoleAccessTests : IAsyncLifetime
{
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.Start();
        _app.CreateUser("comite", Roles.Committee);
        _app.CreateUser("despacho", Roles.MayorsOffice);
        _app.CreateUser("hacienda", Roles.Secretariat, PetitionExport.Hacienda);
        _app.CreateUser("admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Detail(string page, string dependency) => $"{page}?dependencia={Uri.EscapeDataString(dependency)}";

    [Theory]
    [InlineData("comite")]
    [InlineData("despacho")]
    [InlineData("admin")]
    public async Task The_committee_the_mayors_office_and_the_administrator_see_every_dependency(string user)
    {
        using var client = await _app.SignedIn(user);

        foreach (var page in new[] { "/", "/peticiones", "/por-vencer", "/calidad" })
        {
            (await client.GetAsync(page)).StatusCode.Should().Be(HttpStatusCode.OK, page);
            (await client.GetAsync(Detail(page, PetitionExport.Gobierno))).StatusCode.Should().Be(HttpStatusCode.OK, page);
        }
    }

    [Fact]
    public async Task A_secretaria_sees_its_own_dependency_whether_or_not_it_names_it()
    {
        using var client = await _app.SignedIn("hacienda");

        foreach (var page in new[] { "/", "/peticiones", "/por-vencer", "/calidad" })
        {
            (await client.GetAsync(page)).StatusCode.Should().Be(HttpStatusCode.OK, page);
            (await client.GetAsync(Detail(page, "secretaria de HACIENDA"))).StatusCode.Should().Be(HttpStatusCode.OK, "names compare without accents or case");
        }
    }

    [Fact]
    public async Task A_secretaria_asking_for_another_dependencys_detail_gets_403_in_spanish()
    {
        using var client = await _app.SignedIn("hacienda");

        foreach (var page in new[] { "/", "/peticiones", "/por-vencer", "/calidad", "/calidad/descargar?tabla=vencimientos&formato=xlsx" })
        {
            var response = await client.GetAsync(page + (page.Contains('?') ? "&" : "?") + "dependencia=" + Uri.EscapeDataString(PetitionExport.Gobierno));
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, page);
            (await response.Content.ReadAsStringAsync()).Should().Contain("No tiene acceso");
        }
    }

    [Fact]
    public async Task A_secretaria_sees_the_comparison_of_every_dependency()
    {
        using var client = await _app.SignedIn("hacienda");

        (await client.GetAsync("/comparacion")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(Detail("/comparacion", PetitionExport.Gobierno))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_secretaria_finds_only_its_own_petitions_on_the_data_quality_page()
    {
        using var client = await _app.SignedIn("hacienda");

        var html = await client.GetStringAsync("/calidad");

        html.Should().Contain("H-1").And.NotContain("G-1");
    }

    [Theory]
    [InlineData("comite")]
    [InlineData("despacho")]
    [InlineData("hacienda")]
    public async Task Only_the_administrator_reaches_administration(string user)
    {
        using var client = await _app.SignedIn(user);

        (await client.GetAsync("/admin")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/admin/descargar?formato=csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetStringAsync("/")).Should().NotContain("href=\"/admin\"", "the menu does not offer what the role cannot open");
    }

    [Fact]
    public async Task The_administrator_sees_administration_with_the_accounts()
    {
        using var client = await _app.SignedIn("admin");

        var html = await client.GetStringAsync("/admin");

        html.Should().Contain("Usuarios").And.Contain("hacienda").And.Contain(PetitionExport.Hacienda);
    }
}
