using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Warehousing;
using MiniExcelLibs;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Browser;

/// <summary>
/// The whole way a person goes, in a real browser against the real `./indicadores servir` process: sign in, change a
/// filter, see Plotly draw, download a spreadsheet. Set INDICADORES_CAPTURAS to a folder to keep screenshots.
/// </summary>
public sealed class BrowserEndToEndTests : IDisposable
{
    private const string Password = "clave-del-navegador-1";

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-navegador-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    /// <summary>An installation holding the small export and a comité user, served by a real `servir` process.</summary>
    private async Task<ServerProcess> Serve()
    {
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Puerto": {{{_port}}}}}""");
        var warehouse = Warehouse.Open(null, Path.Combine(_root, "data"));
        Migrator.Apply(warehouse);
        PetitionExport.LoadInto(warehouse, Folder("exportes"));
        new AppUsers(warehouse).Create("comite", "Comité de prueba", Roles.Committee, null, Password);
        return await ServerProcess.Start(_root, _port);
    }

    [Fact]
    public async Task Clicking_a_bar_of_a_chart_opens_the_petitions_it_counts()
    {
        await using var server = await Serve();
        await using var browser = await HeadlessChromium.Launch(Folder("perfil-chromium"));
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var problems = new StringBuilder();
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };
        const string march = "desde=2024-03-01&hasta=2024-03-31&corte=2024-06-30";

        await page.GoToAsync($"{site}/ingresar?volver=" + Uri.EscapeDataString("/peticiones?" + march));
        await page.TypeAsync("input[name=usuario]", "comite");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/peticiones", server.Log);

        // The queja bar: one petition (H-2) in March.
        const string bars = "figure[aria-label='Peticiones por tipo'] .js-plotly-plot .bars .point path";
        await page.WaitForSelectorAsync(bars, new WaitForSelectorOptions { Timeout = 30_000 });
        var paths = await page.QuerySelectorAllAsync(bars);
        paths.Should().HaveCount(2, "petición and queja were filed in March");
        await Task.WhenAll(page.WaitForNavigationAsync(), paths[1].ClickAsync());

        page.Url.Should().StartWith($"{site}/peticiones/detalle?").And.Contain("tipo=queja").And.Contain("desde=2024-03-01");
        var table = await page.EvaluateExpressionAsync<string>("document.querySelector('table').innerText");
        table.Should().Contain("H-2").And.NotContain("H-1");
        problems.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task A_person_signs_in_filters_the_data_quality_page_sees_a_chart_and_downloads_it_as_xlsx()
    {
        await using var server = await Serve();
        await using var browser = await HeadlessChromium.Launch(Folder("perfil-chromium"));
        var downloads = Folder("descargas");
        await using var context = await browser.CreateBrowserContextAsync(new BrowserContextOptions
        {
            DownloadBehavior = new DownloadBehavior { Policy = DownloadPolicy.Allow, DownloadPath = downloads },
        });
        var page = await context.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var requests = new List<string>();
        var problems = new StringBuilder();
        page.Request += (_, e) => { lock (requests) requests.Add(e.Request.Url); };
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) lock (problems) problems.AppendLine(e.Message.Text); };
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };
        page.Response += (_, e) => { if ((int)e.Response.Status >= 400) lock (problems) problems.AppendLine($"{(int)e.Response.Status} {e.Response.Url}"); };

        // An anonymous visit lands on the sign-in page, which brings the person back to what they asked for.
        await page.GoToAsync($"{site}/calidad");
        page.Url.Should().StartWith($"{site}/ingresar");
        await page.TypeAsync("input[name=usuario]", "comite");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/calidad", server.Log);
        await Capture(page, "1-calidad");

        // A filter changes the URL (so the view can be shared) and the table follows it.
        await page.SelectAsync("select[name=dependencia]", PetitionExport.Hacienda);
        await page.EvaluateFunctionAsync("v => document.querySelector('input[name=desde]').value = v", "2024-03-01");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(".filtros button[type=submit]"));
        page.Url.Should().Contain("desde=2024-03-01").And.Contain("dependencia=Secretar");
        var table = await page.EvaluateExpressionAsync<string>("document.querySelector('#vencimientos ~ .tabla:last-of-type').innerText");
        table.Should().Contain("H-1").And.NotContain("G-1");

        // Plotly draws from the copy the server serves.
        await page.WaitForSelectorAsync(".js-plotly-plot .main-svg", new WaitForSelectorOptions { Timeout = 30_000 });
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.js-plotly-plot').length")).Should().BeGreaterThan(0);
        await Capture(page, "2-filtrada");
        if (Environment.GetEnvironmentVariable("INDICADORES_CAPTURAS") is { Length: > 0 })
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844 });
            await page.ReloadAsync();
            await page.WaitForSelectorAsync(".js-plotly-plot .main-svg");
            await Capture(page, "3-telefono");
        }

        // The XLSX link downloads the table, with the filters applied.
        await page.ClickAsync("#vencimientos ~ p.descargas:last-of-type a[href*='formato=xlsx']");
        var file = await Downloaded(downloads, ".xlsx");
        using (var stream = File.OpenRead(file))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows.Select(r => r["Dependencia"]).Should().OnlyContain(d => (string?)d == PetitionExport.Hacienda).And.NotBeEmpty();
        }

        problems.ToString().Should().BeEmpty("no script error nor content-policy violation");
        // data: URLs are the browser's own inline images (the date picker's icon); everything fetched stays here.
        requests.Where(url => !url.StartsWith("data:", StringComparison.Ordinal)).Should().OnlyContain(url => url.StartsWith(site + "/", StringComparison.Ordinal),
            "the dashboard works offline: every request stays on this server");
    }

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

    private static async Task Capture(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("INDICADORES_CAPTURAS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, name + ".png"), new ScreenshotOptions { FullPage = true });
    }
}
