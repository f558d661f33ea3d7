using System.Diagnostics;
using System.Globalization;
using IndicadoresServicio.Bench.Fill;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Plan;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Bench;

/// <summary>
/// The load issue #20 asks for: clients asking Resumen for filter combinations nobody asked before (so the server's
/// answer cache never helps), for a fixed time, set beside the same kind of view computed one at a time, by the
/// engine alone and by the server with one client. The server should add queueing, not waste: p95 under load within
/// 2 × (clients × single-view time / cores).
/// </summary>
internal static class DistinctViews
{
    private const int SingleSamples = 40;

    public static async Task Run(HttpClient client, Warehouse warehouse, int clients, TimeSpan duration)
    {
        var combinations = Combinations();
        var next = 0;
        DashboardFilters Take() => combinations[Interlocked.Increment(ref next) - 1];

        // Engine alone, one at a time: what Resumen asks of it for a comité (panel, volume by month, plan efficacy).
        // DuckDB runs in this process, so its CPU time is this process's: the cost of a view, whatever the load.
        void Compute(DashboardFilters filters)
        {
            foreach (var request in PanelRequest.Summary(filters, filters.Dependency))
                IndicatorPanel.Measure(warehouse, request, Targets.Defaults);
            IndicatorPanel.Measure(warehouse, PlanFigures.Requests(filters.CutOff.Year, filters.CutOff, null)[0], Targets.Defaults);
        }
        for (var i = 0; i < 5; i++)
        {
            Compute(Take());
            await Time(client, Take());
        }
        var engine = new List<double>();
        var engineCpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < SingleSamples; i++)
        {
            var filters = Take();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Compute(filters);
            engine.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            engineCpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        // The whole server, one client, one at a time.
        var single = new List<double>();
        for (var i = 0; i < SingleSamples; i++)
            single.Add(await Time(client, Take()));

        var latencies = new List<double>[clients];
        var memory = new List<long>();
        var stop = Stopwatch.StartNew();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                memory.Add(Environment.WorkingSet);
                try { await Task.Delay(1000, sampling.Token); } catch (TaskCanceledException) { }
            }
        });
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            while (stop.Elapsed < duration)
                latencies[c].Add(await Time(client, Take()));
        }));
        var wall = stop.Elapsed;
        sampling.Cancel();
        await sampler;

        var all = latencies.SelectMany(l => l).ToList();
        var spanish = CultureInfo.GetCultureInfo("es-CO");
        var cores = Environment.ProcessorCount;
        var engineMedian = Percentile(engine, 0.5);
        var singleMedian = Percentile(single, 0.5);
        Console.WriteLine();
        Console.WriteLine($"Resumen con combinaciones de filtros nunca pedidas ({combinations.Count.ToString("N0", spanish)} posibles; se usaron {next.ToString("N0", spanish)}):");
        Console.WriteLine("| medición | solicitudes | p50 | p95 | máx. |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| el motor solo, una a la vez | {engine.Count} | {engineMedian:F0} ms | {Percentile(engine, 0.95):F0} ms | {engine.Max():F0} ms |");
        Console.WriteLine($"| el servidor, un cliente, una a la vez | {single.Count} | {singleMedian:F0} ms | {Percentile(single, 0.95):F0} ms | {single.Max():F0} ms |");
        Console.WriteLine($"| el servidor, {clients} clientes durante {duration.TotalSeconds:F0} s | {all.Count} | {Percentile(all, 0.5):F0} ms | {Percentile(all, 0.95):F0} ms | {all.Max():F0} ms |");
        Console.WriteLine($"Solicitudes/s con {clients} clientes: {(all.Count / wall.TotalSeconds).ToString("F1", spanish)}; núcleos: {cores}.");
        var cpuMedian = Percentile(engineCpu, 0.5);
        Console.WriteLine($"CPU del motor por vista (mediana): {cpuMedian:F0} ms; con {cores} núcleos llenos, {clients} clientes esperan en promedio unos {clients * cpuMedian / cores:F0} ms cada uno.");
        Console.WriteLine($"Meta (p95 ≤ 2 × {clients} × mediana de una vista / núcleos): con el motor solo {2.0 * clients * engineMedian / cores:F0} ms; con el servidor de un cliente {2.0 * clients * singleMedian / cores:F0} ms.");
        Console.WriteLine($"Memoria del proceso (servidor y clientes) durante la carga: al empezar {memory[0] / 1048576} MB, máx. {memory.Max() / 1048576} MB, al terminar {memory[^1] / 1048576} MB ({memory.Count} muestras, una por segundo).");
    }

    private static async Task<double> Time(HttpClient client, DashboardFilters filters)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/" + filters.ToQueryString(), HttpCompletionOption.ResponseContentRead);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"/{filters.ToQueryString()}: {(int)response.StatusCode}");
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Every period (years, quarters, months of the generated span) × dependency or none × channel or none, shuffled.</summary>
    private static List<DashboardFilters> Combinations()
    {
        var periods = new List<(DateOnly From, DateOnly To)>();
        for (var year = PetitionGenerator.First.Year; year <= PetitionGenerator.Last.Year; year++)
        {
            periods.Add((new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
            for (var quarter = 0; quarter < 4; quarter++)
            {
                var start = new DateOnly(year, 1 + 3 * quarter, 1);
                periods.Add((start, start.AddMonths(3).AddDays(-1)));
            }
            for (var month = 1; month <= 12; month++)
            {
                var start = new DateOnly(year, month, 1);
                periods.Add((start, start.AddMonths(1).AddDays(-1)));
            }
        }
        string?[] dependencies = [null, .. Enumerable.Range(1, PetitionGenerator.Dependencies).Select(i => $"Dependencia {i:D2}")];
        string?[] channels = [null, "presencial", "telefonico", "virtual", "correo", "escrito", "redes"];
        var all = (from period in periods
                   from dependency in dependencies
                   from channel in channels
                   select new DashboardFilters(period.From, period.To, period.To, Dependency: dependency, Channel: channel)).ToList();
        var random = new Random(20261205);
        for (var i = all.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
