using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Browser;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.TestSupport.Paac;
using IndicadoresServicio.Warehousing;
using MiniExcelLibs;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Paac;

/// <summary>
/// The PAAC page in a real browser against the real `./indicadores servir`: the plan of <see cref="PaacFixture.Plan2024"/>
/// (and one activity of 2023 for the trend) at the August cut-off, figures worked out by hand.
/// </summary>
public sealed class PaacPageBrowserTests : IDisposable
{
    private const string Password = "clave-del-navegador-1";

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-paac-navegador-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    [Fact]
    public async Task The_committee_sees_each_component_with_its_zone_the_lagging_activities_and_downloads_the_follow_up_matrix()
    {
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Puerto": {{{_port}}}}}""");
        var warehouse = Warehouse.Open(null, Path.Combine(_root, "data"));
        Migrator.Apply(warehouse);
        new PaacFixture(warehouse).Add(PaacPlanWorkbook.Entity, PaacFixture.Plan2024)
            .Add(PaacPlanWorkbook.Entity, new FixtureActivity(1, "1.1", "Comunicaciones", null, PaacFixture.P(10, 50, 100), Vigencia: 2023));
        new AppUsers(warehouse).Create("comite", "Comité de prueba", Roles.Committee, null, Password);
        await using var server = await ServerProcess.Start(_root, _port);
        await using var browser = await HeadlessChromium.Launch(Folder("perfil-chromium"));
        var downloads = Folder("descargas");
        await using var context = await browser.CreateBrowserContextAsync(new BrowserContextOptions
        {
            DownloadBehavior = new DownloadBehavior { Policy = DownloadPolicy.Allow, DownloadPath = downloads },
        });
        var page = await context.NewPageAsync();
        page.DefaultNavigationTimeout = 120_000;   // the first view of a page measures twelve panels
        page.DefaultTimeout = 120_000;
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var problems = new StringBuilder();
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };
        page.Response += (_, e) => { if ((int)e.Response.Status >= 400) lock (problems) problems.AppendLine($"{(int)e.Response.Status} {e.Response.Url}"); };

        await page.GoToAsync($"{site}/ingresar?volver=" + Uri.EscapeDataString("/paac?vigencia=2024&corte=2024-08-31"));
        await page.TypeAsync("input[name=usuario]", "comite");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/paac", server.Log);

        // (80 + 83) / 2 = 81,5 %, verde; component 1 at 80 % (verde), component 4 at 83 %.
        (await Text(page, "#avance-plan")).Should().Be("81,5 %");
        var components = await Text(page, "#componentes + .tabla");
        components.Should().Contain("Gestión del riesgo de corrupción").And.Contain("80,0 %").And.Contain("83,0 %").And.Contain("Verde: zona alta");
        var lagging = await Text(page, "#rezagadas ~ .tabla");
        lagging.Should().Contain("Oficina Asesora de Planeación").And.Contain("Falta publicar").And.Contain("Comunicaciones");
        var cutOffs = await Text(page, "#cortes + .tabla");
        cutOffs.Should().Contain("49,0 %").And.Contain("81,5 %").And.Contain("84,6 %");
        (await Text(page, "#tendencia ~ .tabla")).Should().Contain("2023").And.Contain("100,0 %");   // 2023 at its own last follow-up, December: 100 %
        await page.WaitForSelectorAsync(".js-plotly-plot .main-svg", new WaitForSelectorOptions { Timeout = 30_000 });

        // The December cut-off flags the activity the OCI did not report.
        await page.SelectAsync("select[name=corte]", "2024-12-31");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(".filtros button[type=submit]"));
        page.Url.Should().Contain("corte=2024-12-31");
        (await Text(page, "#rezagadas ~ .tabla")).Should().Contain("Sin reporte");

        await page.ClickAsync("#matriz a[href*='formato=xlsx']");
        var file = await Downloaded(downloads, ".xlsx");
        using (var stream = File.OpenRead(file))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows.Should().HaveCount(7);
            rows.Count(r => (string?)r["Estado"] == "Sin reporte").Should().Be(1);
        }
        problems.ToString().Should().BeEmpty();
    }

    private static Task<string> Text(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => document.querySelector(s).innerText", selector);

    private static async Task<string> Downloaded(string folder, string extension)
    {
        for (var i = 0; i < 150; i++)
        {
            var done = Directory.GetFiles(folder, "*" + extension);
            if (done.Length > 0)
                return done[0];
            await Task.Delay(200);
        }
        throw new TimeoutException($"No se descargó ningún archivo {extension} en 30 s.");
    }
}
