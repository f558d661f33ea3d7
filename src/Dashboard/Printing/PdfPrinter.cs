using System.Net;
using IndicadoresServicio.Dashboard.Web.Assets;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace IndicadoresServicio.Dashboard.Printing;

/// <summary>
/// Prints report HTML to A4 PDF with the system's headless Chromium (QuestPDF's licence excludes public bodies and
/// PDFsharp is AGPL). One browser per batch: launch, print every page, close.
/// <para>
/// Why files and not the running server: the CLI and the monthly job then need no web host, no port and no
/// sign-in to get past. Each report is written to a private temporary folder next to a copy of plotly.js, and
/// Chromium opens it through file://. plotly.js sits only in that folder; pages served to browsers keep loading
/// /js/plotly.min.js. Every request other than that folder, about:, data: or 127.0.0.1 is refused, so a
/// report can never reach the internet.
/// </para>
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    public const string ChromiumVariable = "INDICADORES_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";

    // A4 (210 mm) minus both 12 mm margins, at Chromium's 96 px per inch: charts are laid out at the printed width.
    private const int PrintableWidthPixels = 703;

    private readonly IBrowser _browser;
    private readonly string _folder;
    private int _count;

    private PdfPrinter(IBrowser browser, string folder)
    {
        _browser = browser;
        _folder = folder;
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    /// <param name="parent">
    /// Where the browser's private folder goes (the system's temporary folder when null): the web server keeps it
    /// inside its installation, so the one browser it shares is easy to tell from any other Chromium on the machine.
    /// </param>
    /// <exception cref="ChromiumMissingException">No Chromium at <see cref="ChromiumPath"/>.</exception>
    public static async Task<PdfPrinter> Launch(string? parent = null)
    {
        var executable = ChromiumPath;
        if (!File.Exists(executable))
            throw new ChromiumMissingException(executable);
        var folder = parent is null
            ? Directory.CreateTempSubdirectory("indicadores-informe-").FullName
            : Directory.CreateDirectory(Path.Combine(parent, "informe-" + Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "plotly.min.js"), StaticAsset.Plotly.Content);
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                UserDataDir = Directory.CreateDirectory(Path.Combine(folder, "perfil")).FullName,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-sync", "--lang=es-CO", "--allow-file-access-from-files",
                ],
                Timeout = 60_000,
            });
            return new PdfPrinter(browser, folder);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>False once the browser has exited or crashed: a long-lived holder launches another.</summary>
    public bool IsConnected => _browser.IsConnected && !_browser.IsClosed;

    /// <summary>The &lt;script src&gt; a report page uses for plotly.js: the copy beside it in the temporary folder.</summary>
    public const string PlotlySource = "plotly.min.js";

    public async Task Print(PrintablePage report, string pdfPath)
    {
        var (page, htmlPath) = await Open(report, scale: 1);
        await using var _ = page;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pdfPath))!);
        await page.PdfAsync(pdfPath, new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = Band(report.HeaderText, "left"),
            // Chromium fills the pageNumber and totalPages spans on each printed page.
            FooterTemplate = Band(WebUtility.HtmlEncode(report.FooterText) +
                " · Página <span class=\"pageNumber\"></span> de <span class=\"totalPages\"></span>", "right", encoded: true),
            MarginOptions = new MarginOptions { Top = "20mm", Bottom = "18mm", Left = "12mm", Right = "12mm" },
        });
        File.Delete(htmlPath);
    }

    /// <summary>How many PNG pixels a chart picture has per CSS pixel: twice, so Word prints it sharp.</summary>
    public const double PictureScale = 2;

    /// <summary>
    /// A PNG of every chart of the report, in order, as Chromium draws it for the PDF: what the Word version of the
    /// report shows in place of the interactive chart.
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> ChartPictures(PrintablePage report)
    {
        var (page, htmlPath) = await Open(report, PictureScale);
        await using var _ = page;
        var pictures = new List<byte[]>();
        foreach (var plot in await page.QuerySelectorAllAsync("figure.grafico .js-plotly-plot"))
            pictures.Add(await plot.ScreenshotDataAsync(new ElementScreenshotOptions { Type = ScreenshotType.Png }));
        File.Delete(htmlPath);
        return pictures;
    }

    /// <summary>Opens the report in a new tab, with every request outside its folder refused, once every chart is drawn.</summary>
    private async Task<(IPage Page, string HtmlPath)> Open(PrintablePage report, double scale)
    {
        var htmlPath = Path.Combine(_folder, $"informe-{Interlocked.Increment(ref _count)}.html");
        await File.WriteAllTextAsync(htmlPath, report.Html);
        var folderUrl = new Uri(_folder + Path.DirectorySeparatorChar).AbsoluteUri;
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = PrintableWidthPixels, Height = 1000, DeviceScaleFactor = scale });
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            var allowed = url.StartsWith(folderUrl, StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal)
                || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal);
            if (allowed)
                await e.Request.ContinueAsync();
            else
                await e.Request.AbortAsync();
        };
        await page.GoToAsync(new Uri(htmlPath).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        // Plotly draws from inline scripts on load; print only once every chart has its laid-out SVG.
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('figure.grafico')].every(f => { const p = f.querySelector('.js-plotly-plot'); return p && p._fullLayout && p.querySelector('.main-svg'); })",
            new WaitForFunctionOptions { Timeout = 60_000, PollingInterval = 50 });
        return (page, htmlPath);
    }

    /// <summary>
    /// Prints a batch with a few tabs at once (one per core, at most four): a ficha spends most of its second in
    /// Chromium's layout and PDF writing, which runs in parallel across tabs of one browser.
    /// </summary>
    public Task PrintAll(IReadOnlyList<(PrintablePage Page, string PdfPath)> batch, CancellationToken cancellation = default) =>
        Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = cancellation },
            async (item, _) => await Print(item.Page, item.PdfPath));

    // Header and footer templates start at font-size 0 and ignore the page's styles: everything is inline.
    private static string Band(string text, string align, bool encoded = false) =>
        $"<div style=\"font-family: sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 12mm; text-align: {align};\">" +
        (encoded ? text : WebUtility.HtmlEncode(text)) + "</div>";

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
