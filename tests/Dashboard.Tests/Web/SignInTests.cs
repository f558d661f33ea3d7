using System.Net;
using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class SignInTests
{
    public static TheoryData<string> Pages =>
    [
        "/", "/peticiones", "/por-vencer", "/comparacion", "/calidad", "/admin", "/salir",
        "/calidad/descargar?tabla=cargas&formato=xlsx", "/admin/descargar?formato=csv", "/error/404",
    ];

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page_from_every_page()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        using var client = app.Anonymous();

        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);
            if (page == "/error/404")
            {
                // The error page is public (it explains a 403 or a 404) and shows no data.
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                continue;
            }
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, page);
            response.Headers.Location!.ToString().Should().Contain("/ingresar?volver=", page);
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_the_sign_in_page_the_styles_and_the_health_check_but_not_the_jobs_api()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        using var client = app.Anonymous();

        (await client.GetStringAsync("/ingresar")).Should().Contain("<h2>Ingresar</h2>").And.Contain("Clave");
        (await client.GetAsync("/css/tablero.css")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/salud")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/trabajos")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_created_user_signs_in_and_lands_on_the_page_they_asked_for()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.Users.Create("Ana", "Ana Pérez", Roles.Committee, null, DashboardApp.Password);
        using var client = app.Anonymous();

        var response = await DashboardApp.SignIn(client, "ana", DashboardApp.Password, back: "/calidad");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/calidad");
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("indicadores.sesion=") && c.Contains("httponly") && c.Contains("samesite=strict"));
        var home = await client.GetStringAsync("/");
        home.Should().Contain("Ana Pérez").And.Contain("Comité");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_spanish_message_and_no_session()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("ana", Roles.Committee);
        using var client = app.Anonymous();

        var response = await DashboardApp.SignIn(client, "ana", "otra-clave-cualquiera");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Usuario o clave incorrectos");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        using var client = app.Anonymous();

        var response = await DashboardApp.SignIn(client, "nadie", DashboardApp.Password);

        (await response.Content.ReadAsStringAsync()).Should().Contain("Usuario o clave incorrectos");
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("ana", Roles.Committee);
        using var client = app.Anonymous();

        var response = await DashboardApp.SignIn(client, "ana", DashboardApp.Password, back: "https://ejemplo.invalid/robar");

        response.Headers.Location!.ToString().Should().Be("/");
    }

    [Fact]
    public async Task Disabling_a_user_ends_the_session_they_already_had()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("ana", Roles.Committee);
        using var client = await app.SignedIn("ana");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        app.Users.Disable("ana");

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await DashboardApp.SignIn(app.Anonymous(), "ana", DashboardApp.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "a disabled account cannot sign in");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("ana", Roles.Committee);
        using var client = await app.SignedIn("ana");
        var token = await DashboardApp.FormToken(client, "/");

        var response = await client.PostAsync("/salir", new FormUrlEncodedContent(new Dictionary<string, string> { ["__formulario"] = token }));

        response.Headers.Location!.ToString().Should().Be("/ingresar");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_secure_and_so_behind_an_https_proxy_on_this_machine()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("ana", Roles.Committee);
        using var https = app.Anonymous();
        https.BaseAddress = new Uri("https://localhost");

        var response = await DashboardApp.SignIn(https, "ana", DashboardApp.Password);

        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("indicadores.sesion=") && c.Contains("secure"));

        using var proxied = app.Anonymous();
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var form = await proxied.GetAsync("/ingresar");
        form.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("indicadores.formulario=") && c.Contains("secure"));
    }
}
