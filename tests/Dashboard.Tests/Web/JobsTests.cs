using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Etl.Scheduling;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class JobsTests
{
    private static readonly ScheduledSource Ventanilla = new("ventanilla", "/no/existe/perfil.json", "0 0 6 * * ?");

    [Fact]
    public async Task The_jobs_api_answers_the_command_line_that_presents_the_servers_token()
    {
        await using var app = await DashboardApp.Start(withPetitions: false, sources: [Ventanilla]);
        using var client = app.Anonymous();
        var token = ServerToken.Read(Path.Combine(app.Root, "data"));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/trabajos");
        request.Headers.Add(ServerToken.Header, token);
        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ventanilla");
        var forged = new HttpRequestMessage(HttpMethod.Get, "/api/trabajos");
        forged.Headers.Add(ServerToken.Header, new string('0', 64));
        (await client.SendAsync(forged)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_in_user_reads_the_jobs_api()
    {
        await using var app = await DashboardApp.Start(withPetitions: false, sources: [Ventanilla]);
        app.CreateUser("comite", Roles.Committee);
        using var client = await app.SignedIn("comite");

        (await client.GetAsync("/api/trabajos")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_administrator_runs_a_source_now_from_the_administration_page()
    {
        await using var app = await DashboardApp.Start(withPetitions: false, sources: [Ventanilla]);
        app.CreateUser("admin", Roles.Admin);
        using var client = await app.SignedIn("admin");
        (await client.GetStringAsync("/admin")).Should().Contain("Ejecutar ahora").And.Contain("0 0 6 * * ?");
        var token = await DashboardApp.FormToken(client, "/admin");

        var response = await client.PostAsync("/admin/ejecutar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__formulario"] = token, ["fuente"] = "ventanilla",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Se pidió ejecutar ahora la carga de «ventanilla»");
    }
}
