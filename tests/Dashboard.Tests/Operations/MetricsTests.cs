using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Hosting.Metrics;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

public sealed partial class MetricsTests
{
    private static double Value(string metrics, string series)
    {
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        line.Should().NotBeNull($"/metrics has the series {series}:\n{metrics}");
        return double.Parse(line![(series.Length + 1)..], CultureInfo.InvariantCulture);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task Metrics_count_loads_rows_requests_by_page_and_cache_hits_and_only_the_administrator_or_the_token_reads_them(WarehouseEngine engine)
    {
        // PetitionExport: one load of 6 rows, 4 loaded and 2 in quarantine.
        await using var app = await DashboardApp.Start(engine);
        app.CreateUser("admin", Roles.Admin);
        using var anonymous = app.Anonymous();
        (await anonymous.GetAsync(MetricsEndpoint.Path)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var admin = await app.SignedIn("admin");
        (await admin.GetAsync("/expedientes/Zoila-Vaca-1234567")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await admin.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        var first = await admin.GetStringAsync(MetricsEndpoint.Path);
        (await admin.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        var request = new HttpRequestMessage(HttpMethod.Get, MetricsEndpoint.Path);
        request.Headers.Add(ServerToken.Header, ServerToken.Read(Path.Combine(app.Root, "data")));
        var response = await app.Anonymous().SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var metrics = await response.Content.ReadAsStringAsync();

        Value(metrics, """indicadores_cargas_total{fuente="ventanilla",estado="exitosa"}""").Should().Be(1);
        Value(metrics, """indicadores_filas_total{fuente="ventanilla",tipo="leidas"}""").Should().Be(6);
        Value(metrics, """indicadores_filas_total{fuente="ventanilla",tipo="cargadas"}""").Should().Be(4);
        Value(metrics, """indicadores_filas_total{fuente="ventanilla",tipo="cuarentena"}""").Should().Be(2);
        Value(metrics, """indicadores_http_solicitudes_total{pagina="/ingresar",metodo="POST",codigo="302"}""").Should().Be(1);
        Value(metrics, """indicadores_http_solicitudes_total{pagina="/",metodo="GET",codigo="200"}""").Should().Be(2);
        Value(metrics, """indicadores_http_duracion_segundos_count{pagina="/"}""").Should().Be(2);
        Value(metrics, $$"""indicadores_http_solicitudes_total{pagina="{{MetricsEndpoint.Unrouted}}",metodo="GET",codigo="404"}""").Should().Be(1);
        Value(metrics, """indicadores_cache_consultas_total{resultado="acierto"}""")
            .Should().BeGreaterThan(Value(first, """indicadores_cache_consultas_total{resultado="acierto"}"""), "the second Resumen found its figures computed");
        Value(metrics, """indicadores_cache_consultas_total{resultado="calculo"}""").Should().BeGreaterThan(0);
        metrics.Should().NotContain("Zoila").And.NotContain("1234567", "a raw path is never a label");
        PageLabels().Matches(metrics).Select(m => m.Groups[1].Value).Should().OnlyContain(p => p.StartsWith('/') || p == MetricsEndpoint.Unrouted);
    }

    [GeneratedRegex("pagina=\"([^\"]*)\"")]
    private static partial Regex PageLabels();
}
