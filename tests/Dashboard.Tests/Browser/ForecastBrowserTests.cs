using System.Globalization;
using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Hosting;
using IndicadoresServicio.TestSupport.Forecast;
using IndicadoresServicio.Warehousing;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Browser;

/// <summary>The Pronóstico page in a real browser against a real `servir` process: Plotly draws history, forecast and the band.</summary>
public sealed class ForecastBrowserTests : IDisposable
{
    private const string Password = "clave-del-navegador-1";

    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-pronostico-").FullName;
    private readonly int _port = ServerProcess.FreePort();

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_forecast_page_draws_history_forecast_and_the_80_percent_band_of_the_stored_forecast()
    {
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Puerto": {{{_port}}}}}""");
        var warehouse = Warehouse.Open(null, Path.Combine(_root, "data"));
        Migrator.Apply(warehouse);
        var forecast = StoredForecasts.LoadAndStore(warehouse);
        new AppUsers(warehouse).Create("comite", "Comité de prueba", Roles.Committee, null, Password);
        await using var server = await ServerProcess.Start(_root, _port);
        await using var browser = await HeadlessChromium.Launch(Directory.CreateDirectory(Path.Combine(_root, "perfil-chromium")).FullName);
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var site = $"http://127.0.0.1:{_port}";
        var problems = new StringBuilder();
        page.PageError += (_, e) => { lock (problems) problems.AppendLine(e.Message); };
        var asked = "/pronostico?frecuencia=semana&dependencia=" + Uri.EscapeDataString(StoredForecasts.Hacienda);

        await page.GoToAsync($"{site}/ingresar?volver=" + Uri.EscapeDataString(asked));
        await page.TypeAsync("input[name=usuario]", "comite");
        await page.TypeAsync("input[name=clave]", Password);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("form.formulario button[type=submit]"));
        page.Url.Should().StartWith($"{site}/pronostico", server.Log);

        await page.WaitForSelectorAsync(".js-plotly-plot .main-svg", new WaitForSelectorOptions { Timeout = 30_000 });
        var traces = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelector('.js-plotly-plot').data, t => t.name)");
        traces.Should().Equal("Intervalo del 80 %", "Radicadas", "Pronóstico");
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.js-plotly-plot .js-fill').length")).Should().BeGreaterThan(0);
        var drawn = await page.EvaluateExpressionAsync<double[]>("document.querySelector('.js-plotly-plot').data[2].y");
        var hacienda = forecast.Series.Single(s => s.Key.Name == StoredForecasts.Hacienda);
        drawn.Should().Equal(hacienda.Periods.Select(p => p.Point), (a, b) => Math.Abs(a - b) < 1e-9);
        var table = await page.EvaluateExpressionAsync<string>("document.querySelector('#periodos + .tabla').innerText");
        table.Should().Contain(Math.Round(hacienda.Periods[0].Point, 1).ToString("#,##0.##", CultureInfo.GetCultureInfo("es-CO")));
        problems.ToString().Should().BeEmpty();
    }
}
