using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Dashboard.Web.Reports;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// «Descargar PDF» clicked many times at once: one shared Chromium for the server, a per-person limit, the rest
/// refused at once in Spanish, and what is accepted printed whole.
/// </summary>
public sealed class PdfQueueTests : IAsyncLifetime
{
    private const string March = "/informes/pdf?desde=2024-03-01&hasta=2024-03-31&corte=2024-04-15";
    private DashboardApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await DashboardApp.Start();
        _app.CreateUser("comite", Roles.Committee);
        _app.CreateUser("despacho", Roles.MayorsOffice);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Many_pdf_requests_from_one_person_share_one_browser_and_past_the_limit_are_refused_in_spanish()
    {
        using var committee = await _app.SignedIn("comite");
        using var mayor = await _app.SignedIn("despacho");
        var perPerson = PdfQueue.Limits.Default.PerUser;
        var mostBrowsers = 0;
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            // Sampling, not waiting for something: the process table is looked at until the requests are answered.
            while (!watching.IsCancellationRequested)
            {
                mostBrowsers = Math.Max(mostBrowsers, ChromiumBrowsersUnder(_app.Root));
                await Task.Delay(20);
            }
        });

        var burst = Enumerable.Range(0, 8).Select(_ => committee.GetAsync(March)).ToList();
        var other = mayor.GetAsync(March);
        var responses = await Task.WhenAll(burst);
        var otherResponse = await other;
        await watching.CancelAsync();
        await watcher;

        var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        accepted.Count.Should().BeInRange(1, perPerson, "one person never has more than the limit printing or waiting");
        refused.Should().HaveCount(8 - accepted.Count);
        foreach (var response in refused)
        {
            response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter.Should().NotBeNull();
            (await response.Content.ReadAsStringAsync()).Should().Contain("inténtelo en un momento");
        }
        foreach (var response in accepted.Append(otherResponse))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, "another person is not held back by the committee's clicks");
            var pdf = await response.Content.ReadAsByteArrayAsync();
            pdf.Take(5).Should().Equal("%PDF-"u8.ToArray());
            var path = Path.Combine(_app.Root, $"{Guid.NewGuid():N}.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            PdfText.Read(path).Pages.Should().BePositive("a whole PDF, readable by a viewer");
        }
        mostBrowsers.Should().Be(1, "every PDF of the server is printed in one shared Chromium");

        // The places are given back: the same person prints again once the burst is over.
        var again = await committee.GetAsync(March);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        again.Headers.CacheControl!.NoStore.Should().BeTrue("a printed report is no browser's to keep");
        ChromiumBrowsersUnder(_app.Root).Should().Be(1, "the shared browser is reused, not launched again");
    }

    /// <summary>
    /// Chromium browsers whose profile lies inside <paramref name="root"/>: processes with that profile whose parent
    /// is not one of them (helpers, and a browser's fork in the instant before it turns into a helper, have a parent that is).
    /// </summary>
    private static int ChromiumBrowsersUnder(string root)
    {
        var withProfile = new Dictionary<int, int>();
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out var id))
                continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0');
                if (!arguments.Any(a => a.StartsWith("--user-data-dir=" + root, StringComparison.Ordinal)))
                    continue;
                // /proc/<id>/stat: "id (name) state parent ..."; the name may hold spaces, so read after its ')'.
                var stat = File.ReadAllText(Path.Combine(process, "stat"));
                withProfile[id] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return withProfile.Count(p => !withProfile.ContainsKey(p.Value));
    }
}
