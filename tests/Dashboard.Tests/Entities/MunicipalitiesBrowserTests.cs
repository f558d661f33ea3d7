using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Browser;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

/// <summary>The Municipios page in real Chromium against a real `servir` process, over <see cref="TwoTowns"/>.</summary>
public sealed class MunicipalitiesBrowserTests : IDisposable
{
    private const string Password = "clave-de-la-gobernacion-1";
    private const string Query = "desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30&anterior_desde=2023-01-01&anterior_hasta=2023-06-30";

    private static readonly NavigationOptions Slow = new() { Timeout = 180_000 };

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-municipios-navegador-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public static TheoryData<WarehouseEngine> Engines =>
        Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable) is { Length: > 0 }
            ? TestWarehouse.Engines
            : new TheoryData<WarehouseEngine> { WarehouseEngine.DuckDb };

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_gobernacion_sees_the_towns_ranked_with_their_lights_the_improvement_and_a_towns_trend_drawn(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        TwoTowns.LoadInto(test.Warehouse, Path.Combine(_root, "exportes"));
        new AppUsers(test.Warehouse).Create("gobernacion", "Gobernación de prueba", Roles.Committee, null, Password);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Puerto": {{{_port}}}}}""");
        var warehouse = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;
        await using var server = await ServerProcess.Start(_root, _port, warehouse);
        await using var browser = await HeadlessChromium.Launch(Directory.CreateDirectory(Path.Combine(_root, "perfil-chromium")).FullName);
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var problems = new StringBuilder();
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };
        page.Response += (_, e) => { if ((int)e.Response.Status >= 400) lock (problems) problems.AppendLine($"{(int)e.Response.Status} {e.Response.Url}"); };

        await page.GoToAsync($"{site}/ingresar?volver=" + Uri.EscapeDataString("/municipios?" + Query));
        await page.TypeAsync("input[name=usuario]", "gobernacion");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(Slow), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/municipios", server.Log);

        var rows = await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('.tabla')[0].querySelectorAll('tbody tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())");
        rows.Should().HaveCount(2);
        rows[0].Should().StartWith("1 " + TwoTowns.Abajo).And.Contain("100").And.Contain("Verde");
        rows[1].Should().StartWith("2 " + TwoTowns.Arriba).And.Contain("66,7").And.Contain("Rojo").And.Contain("16,7");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('ul.mejoraron').innerText")).Should().Contain(TwoTowns.Arriba);
        await page.WaitForSelectorAsync("figure .js-plotly-plot .bars .point path", new WaitForSelectorOptions { Timeout = 60_000 });
        (await page.QuerySelectorAllAsync("figure .js-plotly-plot .bars .point path")).Should().HaveCount(2);

        // A town's name leads to its own monthly trend, the previous period kept.
        await Task.WhenAll(page.WaitForNavigationAsync(Slow), page.ClickAsync($".tabla a[href*='entidad=']:not([href*='Abajo'])"));
        (await page.EvaluateExpressionAsync<string>("document.querySelector('main').innerText")).Should().Contain("Tendencia de " + TwoTowns.Arriba);
        page.Url.Should().Contain("anterior_desde=2023-01-01");

        problems.ToString().Should().BeEmpty();
    }
}
