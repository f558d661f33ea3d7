using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Warehousing;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class IndicatorDownloadsTests : IAsyncLifetime
{
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.Start(WarehouseEngine.DuckDb, withPetitions: false);
        TownPetitions.Fill(_app.Warehouse);
        _app.CreateUser("comite", Roles.Committee);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/?handler=descargar&tabla=indicadores", 7)]
    [InlineData("/peticiones/descargar?tabla=tipos", 3)]
    [InlineData("/peticiones/descargar?tabla=canales", 3)]
    [InlineData("/peticiones/descargar?tabla=temas", 2)]
    [InlineData("/peticiones/descargar?tabla=dependencias", 2)]
    [InlineData("/peticiones/descargar?tabla=meses", 5)]
    [InlineData("/por-vencer/descargar?tabla=alertas", 2)]
    [InlineData("/por-vencer/descargar?tabla=resumen", 2)]
    [InlineData("/comparacion/descargar?indicador=PQ-TMR&tabla=escalafon", 2)]
    public async Task Every_table_of_the_indicator_pages_downloads_as_xlsx_and_csv(string path, int minimumRows)
    {
        using var client = await _app.SignedIn("comite");

        var xlsx = await client.GetAsync(path + "&formato=xlsx");
        var csv = await client.GetAsync(path + "&formato=csv");

        xlsx.StatusCode.Should().Be(HttpStatusCode.OK, path);
        xlsx.Content.Headers.ContentType!.MediaType.Should().Be(TableDownload.XlsxContentType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        stream.Query(useHeaderRow: true).Count().Should().BeGreaterThanOrEqualTo(minimumRows, path);
        csv.StatusCode.Should().Be(HttpStatusCode.OK, path);
        var text = await csv.Content.ReadAsStringAsync();
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.Should().BeGreaterThanOrEqualTo(minimumRows + 1, path);
    }

    [Fact]
    public async Task The_alert_download_carries_the_overdue_petition_with_its_days_as_a_number()
    {
        using var client = await _app.SignedIn("comite");

        var bytes = await client.GetByteArrayAsync("/por-vencer/descargar?tabla=alertas&formato=xlsx");

        using var stream = new MemoryStream(bytes);
        var row = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Single(r => (string)r["Radicado"] == TownPetitions.Overdue);
        Convert.ToDouble(row["Días hábiles restantes"]).Should().BeNegative();
        ((string)row["Estado"]).Should().StartWith("vencida hace ");
    }

    [Fact]
    public async Task An_unknown_table_is_not_found()
    {
        using var client = await _app.SignedIn("comite");

        (await client.GetAsync("/peticiones/descargar?tabla=otra&formato=xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/comparacion/descargar?tabla=escalafon&formato=pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
