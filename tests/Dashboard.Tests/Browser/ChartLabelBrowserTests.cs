using IndicadoresServicio.Dashboard.Web.Assets;
using IndicadoresServicio.Dashboard.Web.Charting;

namespace IndicadoresServicio.Dashboard.Tests.Browser;

/// <summary>
/// Plotly reads a pseudo-HTML in labels: a dependency named like a link must show as text, never as a live link,
/// checked where it matters, in the chart Chromium draws.
/// </summary>
public sealed class ChartLabelBrowserTests : IDisposable
{
    private const string Hostile = "<a href=\"http://e.vil\">x</a>";
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-etiquetas-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_dependency_named_like_a_link_is_drawn_as_its_text_and_never_as_a_link()
    {
        var bars = Charts.Bar("Peticiones por dependencia", [Hostile, "Secretaría de Hacienda & Crédito"], [3, 5], "Peticiones");
        var trend = Charts.LineTrend("Por mes", [new ChartSeries(Hostile, [new DateOnly(2024, 3, 1)], [2]), new ChartSeries("Gobierno", [new DateOnly(2024, 3, 1)], [4])], "Peticiones");
        await File.WriteAllBytesAsync(Path.Combine(_folder, "plotly.min.js"), StaticAsset.Plotly.Content);
        var page = Path.Combine(_folder, "graficos.html");
        await File.WriteAllTextAsync(page,
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"plotly.min.js\"></script></head><body>{bars.Html}{trend.Html}</body></html>");

        await using var browser = await HeadlessChromium.Launch(Path.Combine(_folder, "perfil"));
        await using var tab = await browser.NewPageAsync();
        await tab.GoToAsync(new Uri(page).AbsoluteUri);
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('.main-svg').length >= 2");

        var links = await tab.EvaluateExpressionAsync<int>("document.querySelectorAll('svg a').length");
        var ticks = await tab.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.ytick text, .legendtext')].map(t => t.textContent)");
        links.Should().Be(0, "no label becomes a link");
        ticks.Should().Contain(Hostile, "the name shows as written").And.Contain("Secretaría de Hacienda & Crédito");
    }
}
