using System.Net;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed partial class OfflineAssetsTests
{
    [Fact]
    public async Task Plotly_js_is_served_by_the_dashboard_itself_with_long_cache_headers()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        using var client = app.Anonymous();

        var response = await client.GetAsync("/js/plotly.min.js");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Headers.CacheControl!.MaxAge.Should().BeGreaterThan(TimeSpan.FromDays(30));
        var script = await response.Content.ReadAsStringAsync();
        script.Should().StartWith("/**\n* plotly.js v2.28.0");
        script.Length.Should().BeGreaterThan(3_000_000);

        var again = new HttpRequestMessage(HttpMethod.Get, "/js/plotly.min.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        (await client.SendAsync(again)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task No_page_refers_to_any_host_but_this_one()
    {
        await using var app = await DashboardApp.Start();
        app.CreateUser("admin", Roles.Admin);
        using var client = await app.SignedIn("admin");

        foreach (var page in new[] { "/", "/peticiones", "/por-vencer", "/comparacion", "/calidad", "/admin", "/error/404" })
        {
            var html = await client.GetStringAsync(page);
            var outside = AnyUrl().Matches(html).Select(m => m.Value).Where(url => !LocalUrl().IsMatch(url)).ToList();
            outside.Should().BeEmpty(page);
        }
        (await app.Anonymous().GetStringAsync("/ingresar")).Should().NotMatchRegex("https?://");
    }

    [Fact]
    public async Task The_chart_page_loads_plotly_from_this_server_and_draws_with_a_nonce_the_policy_allows()
    {
        await using var app = await DashboardApp.Start();
        app.CreateUser("admin", Roles.Admin);
        using var client = await app.SignedIn("admin");

        var response = await client.GetAsync("/calidad");
        var html = await response.Content.ReadAsStringAsync();

        html.Should().MatchRegex("<script src=\"/js/plotly.min.js\\?v=[0-9a-f]+\"></script>");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'self'");
        var nonce = Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        html.Should().Contain($"<script type=\"text/javascript\" nonce=\"{nonce}\">var renderPlotly_");
        html.Should().NotContain("<script type=\"text/javascript\">", "an inline script without the nonce would be blocked");
    }

    [GeneratedRegex(@"https?://[^\s""'<>)]+")]
    private static partial Regex AnyUrl();

    [GeneratedRegex(@"^https?://(127\.0\.0\.1|localhost)([:/]|$)")]
    private static partial Regex LocalUrl();
}
