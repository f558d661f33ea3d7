using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Browser;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.Warehousing;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Plan;

/// <summary>The Plan de Desarrollo page in the real browser against a real `servir` process, as the despacho uses it.</summary>
public sealed class PlanPageBrowserTests : IDisposable
{
    private const string Password = "clave-del-despacho-1";

    /// <summary>The first view measures the whole plan on a cold server; on a busy machine that takes more than Puppeteer's 30 s.</summary>
    private static readonly NavigationOptions Slow = new() { Timeout = 180_000 };

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-plan-navegador-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    [Fact]
    public async Task The_despacho_sees_the_plans_band_the_treemap_the_critical_route_and_opens_the_goals_detail()
    {
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Puerto": {{{_port}}}}}""");
        var warehouse = Warehouse.Open(null, Path.Combine(_root, "data"));
        Migrator.Apply(warehouse);
        PlanInstallation.LoadInto(warehouse, Folder("plan"));
        new AppUsers(warehouse).Create("despacho", "Despacho de prueba", Roles.MayorsOffice, null, Password);
        await using var server = await ServerProcess.Start(_root, _port);
        await using var browser = await HeadlessChromium.Launch(Folder("perfil-chromium"));
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var problems = new StringBuilder();
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };

        await page.GoToAsync($"{site}/ingresar?volver=" + Uri.EscapeDataString("/plan?anio=2024&corte=2024-09-30"));
        await page.TypeAsync("input[name=usuario]", "despacho");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(Slow), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/plan", server.Log);

        // Plotly draws the treemap: one box per line, program and goal (2 + 5 + 5), each with its band's word.
        await page.WaitForSelectorAsync(".js-plotly-plot .treemaplayer g.slice", new WaitForSelectorOptions { Timeout = 120_000 });
        var boxes = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.js-plotly-plot .treemaplayer g.slice').length");
        boxes.Should().BeGreaterThanOrEqualTo(3, "Plotly draws the top levels at once");
        var treemap = await page.EvaluateExpressionAsync<string>("document.querySelector('.js-plotly-plot').innerText || document.querySelector('.js-plotly-plot').textContent");
        treemap.Should().Contain("1. Social").And.Contain("2. Económica");

        var card = await page.EvaluateExpressionAsync<string>("document.querySelector('li[data-indicador=\"PD-EF\"]').innerText");
        card.Should().Contain("83,9 %").And.Contain("Sobresaliente");

        var critical = await page.EvaluateExpressionAsync<string>(
            "[...document.querySelectorAll('table')].find(t => t.closest('[aria-label]')?.getAttribute('aria-label') === 'Rutas críticas').innerText");
        critical.Should().Contain("3204001").And.Contain("Secretaría de Hacienda").And.Contain("50")
            .And.Contain("T1 100 % → T2 50 % → T3 0 %").And.NotContain("1.1.2");

        await Task.WhenAll(page.WaitForNavigationAsync(Slow), page.ClickAsync("a[href*='meta=3204001']"));
        page.Url.Should().Contain("meta=3204001");
        var detail = await page.EvaluateExpressionAsync<string>("document.querySelector('#meta').innerText");
        detail.Should().Contain("Meta 3204001: Construir 100 aulas escolares").And.Contain("2024-T3").And.Contain("Tipo de acumulación: suma");
        await page.WaitForSelectorAsync("#meta .js-plotly-plot .scatterlayer", new WaitForSelectorOptions { Timeout = 120_000 });
        problems.ToString().Should().BeEmpty();
    }
}
