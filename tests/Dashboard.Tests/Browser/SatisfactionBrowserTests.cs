using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Browser;

/// <summary>
/// The Satisfacción page in real Chromium against a real `servir` process on each engine, over the survey export of
/// <see cref="SurveyExport"/> (March 2024): 26 of 35 valid answers in the top two (74,3 %); Hacienda 25 of 32 (78,1 %),
/// Gobierno 1 of 3, too few answers to say anything ("muestra insuficiente").
/// </summary>
public sealed class SatisfactionBrowserTests : IDisposable
{
    private const string Password = "clave-del-comite-1";
    private const string March = "desde=2024-03-01&hasta=2024-03-31&corte=2024-06-30";

    /// <summary>The first view measures every panel on a cold server; a busy machine needs more than Puppeteer's 30 s.</summary>
    private static readonly NavigationOptions Slow = new() { Timeout = 180_000 };

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-satisfaccion-navegador-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public static TheoryData<WarehouseEngine> Engines =>
        Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable) is { Length: > 0 }
            ? TestWarehouse.Engines
            : new TheoryData<WarehouseEngine> { WarehouseEngine.DuckDb };

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    [Theory, MemberData(nameof(Engines))]
    public async Task The_committee_sees_the_satisfaction_cards_the_charts_drawn_by_the_apps_own_Plotly_and_the_small_samples_marked(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        SurveyExport.LoadInto(test.Warehouse, Folder("encuestas"));
        new AppUsers(test.Warehouse).Create("comite", "Comité de prueba", Roles.Committee, null, Password);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Puerto": {{{_port}}}}}""");
        var warehouse = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;
        await using var server = await ServerProcess.Start(_root, _port, warehouse);
        await using var browser = await HeadlessChromium.Launch(Folder("perfil-chromium"));
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var problems = new StringBuilder();
        var elsewhere = new List<string>();
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };
        page.Response += (_, e) => { if ((int)e.Response.Status >= 400) lock (problems) problems.AppendLine($"{(int)e.Response.Status} {e.Response.Url}"); };
        page.Request += (_, e) => { if (!e.Request.Url.StartsWith(site, StringComparison.Ordinal) && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal)) lock (elsewhere) elsewhere.Add(e.Request.Url); };

        await page.GoToAsync($"{site}/ingresar?volver=" + Uri.EscapeDataString("/satisfaccion?" + March));
        await page.TypeAsync("input[name=usuario]", "comite");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(Slow), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/satisfaccion", server.Log);

        var t2b = await Text(page, "li[data-indicador='SA-T2B']");
        t2b.Should().Contain("74,3 %").And.Contain("Meta ≥ 80 %").And.Contain("Intervalo de confianza del 95 %").And.Contain("35 respuestas válidas");
        (await page.QuerySelectorAsync("li[data-indicador='SA-T2B'] [data-muestra]")).Should().BeNull("35 valid answers are enough");
        (await Text(page, "li[data-indicador='SA-N'] .valor")).Should().Be("35");
        var dependencies = await Text(page, "#dependencias ~ .tabla");
        Row(dependencies, "Secretaría de Gobierno").Should().Contain("33,3").And.Contain("muestra insuficiente");
        Row(dependencies, "Secretaría de Hacienda").Should().Contain("78,1").And.NotContain("insuficiente");

        // Plotly, served by the app itself, draws the dependency bars and the stacked answers.
        await page.WaitForSelectorAsync("figure[aria-label='Satisfacción por dependencia (%)'] .js-plotly-plot .bars .point path",
            new WaitForSelectorOptions { Timeout = 60_000 });
        (await page.QuerySelectorAllAsync("figure[aria-label='Satisfacción por dependencia (%)'] .bars .point path")).Should().HaveCount(2);
        await page.WaitForSelectorAsync("figure[aria-label='Distribución de las respuestas por pregunta'] .js-plotly-plot .main-svg",
            new WaitForSelectorOptions { Timeout = 60_000 });
        (await page.EvaluateExpressionAsync<string[]>("[...document.scripts].map(s => s.src).filter(s => s.includes('plotly'))"))
            .Should().ContainSingle().Which.Should().StartWith(site);

        // Gobierno alone: its three answers make every card a "muestra insuficiente".
        await page.SelectAsync("select[name=dependencia]", PetitionExport.Gobierno);
        await Task.WhenAll(page.WaitForNavigationAsync(Slow), page.ClickAsync(".filtros button[type=submit]"));
        (await Text(page, "li[data-indicador='SA-T2B']")).Should().Contain("33,3 %").And.Contain("muestra insuficiente");

        problems.ToString().Should().BeEmpty();
        elsewhere.Should().BeEmpty("the page loads nothing from a CDN or any other host");
    }

    private static Task<string> Text(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => document.querySelector(s).innerText", selector);

    private static string Row(string table, string first) =>
        table.Split('\n').Single(line => line.StartsWith(first, StringComparison.Ordinal));
}
