using System.Net;
using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class AntiforgeryTests
{
    [Fact]
    public async Task A_sign_in_post_without_the_form_token_is_rejected()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("ana", Roles.Committee);
        using var client = app.Anonymous();

        var response = await client.PostAsync("/ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["usuario"] = "ana", ["clave"] = DashboardApp.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse("no session is opened");
    }

    [Fact]
    public async Task An_administration_post_without_the_form_token_changes_nothing()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("admin", Roles.Admin);
        using var client = await app.SignedIn("admin");

        var response = await client.PostAsync("/admin/crear", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["usuario"] = "intruso", ["rol"] = Roles.Admin, ["clave"] = "una-clave-larga",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("La solicitud no es válida");
        app.Users.Find("intruso").Should().BeNull();
    }

    [Fact]
    public async Task An_administration_post_with_the_form_token_creates_the_account_and_shows_its_generated_password_once()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("admin", Roles.Admin);
        using var client = await app.SignedIn("admin");
        var token = await DashboardApp.FormToken(client, "/admin");

        var response = await client.PostAsync("/admin/crear", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__formulario"] = token, ["usuario"] = "gobierno", ["rol"] = Roles.Secretariat, ["dependencia"] = PetitionExport.Gobierno,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Se creó el usuario «gobierno»").And.Contain("se muestra solo esta vez");
        app.Users.Find("gobierno")!.DependencyName.Should().Be(PetitionExport.Gobierno);
        (await client.GetStringAsync("/admin")).Should().NotContain("se muestra solo esta vez");
    }

    [Fact]
    public async Task The_administrator_cannot_disable_their_own_account()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("admin", Roles.Admin);
        using var client = await app.SignedIn("admin");
        var token = await DashboardApp.FormToken(client, "/admin");

        var response = await client.PostAsync("/admin/desactivar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__formulario"] = token, ["usuario"] = "admin",
        }));

        (await response.Content.ReadAsStringAsync()).Should().Contain("No puede desactivar su propia cuenta");
        app.Users.Find("admin")!.Disabled.Should().BeFalse();
    }
}
