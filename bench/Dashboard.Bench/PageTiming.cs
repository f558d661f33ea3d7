using System.Diagnostics;

namespace IndicadoresServicio.Dashboard.Bench;

/// <summary>Latencies of one page under concurrent clients: each client asks in turn, all clients at once.</summary>
internal sealed record PageTiming(string Page, IReadOnlyList<double> Milliseconds, TimeSpan Wall)
{
    public double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static async Task<PageTiming> Measure(HttpClient client, string page, string path, int clients, int requestsPerClient)
    {
        var times = new List<double>[clients];
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            times[c] = [];
            for (var i = 0; i < requestsPerClient; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                watch.Stop();
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
                times[c].Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        wall.Stop();
        return new PageTiming(page, times.SelectMany(t => t).ToList(), wall.Elapsed);
    }
}
