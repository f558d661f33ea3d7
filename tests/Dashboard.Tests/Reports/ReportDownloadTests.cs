using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Web;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>The dashboard's «Descargar PDF»: the page's filters, the pages' access rules.</summary>
public sealed class ReportDownloadTests : IAsyncLifetime
{
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.Start();
        _app.CreateUser("comite", Roles.Committee);
        _app.CreateUser("hacienda", Roles.Secretariat, PetitionExport.Hacienda);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_dashboard_page_links_to_the_pdf_of_what_it_shows_with_its_filters()
    {
        using var client = await _app.SignedIn("comite");

        var html = await client.GetStringAsync("/calidad?desde=2024-03-01&hasta=2024-03-31");

        html.Should().Contain("Descargar PDF").And.Contain("/informes/pdf?desde=2024-03-01&amp;hasta=2024-03-31");
    }

    [Fact]
    public async Task The_committee_downloads_its_report_and_a_secretaria_only_its_own_ficha()
    {
        using var committee = await _app.SignedIn("comite");
        using var secretariat = await _app.SignedIn("hacienda");
        var march = "desde=2024-03-01&hasta=2024-03-31&corte=2024-04-15";

        var report = await committee.GetAsync($"/informes/pdf?{march}");
        var own = await secretariat.GetAsync($"/informes/pdf?{march}");
        var other = await secretariat.GetAsync($"/informes/pdf?{march}&dependencia={Uri.EscapeDataString(PetitionExport.Gobierno)}");
        var anonymous = await _app.Anonymous().GetAsync($"/informes/pdf?{march}");

        report.StatusCode.Should().Be(HttpStatusCode.OK, await report.Content.ReadAsStringAsync());
        report.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        report.Content.Headers.ContentDisposition!.FileName.Should().Contain("comite-2024-03-31.pdf");
        (await report.Content.ReadAsByteArrayAsync()).Take(5).Should().Equal("%PDF-"u8.ToArray());
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        own.Content.Headers.ContentDisposition!.FileName.Should().Contain("ficha-secretaria-de-hacienda");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
