using System.Diagnostics;

namespace IndicadoresServicio.Indicators.Bench;

/// <summary>
/// The median and best wall-clock time of a piece of work, and the median CPU time this process spent on it (the
/// engine's worker threads included). On a machine shared with others the wall clock depends on what they leave;
/// the CPU time is what the work costs.
/// </summary>
internal sealed record Timing(TimeSpan Median, TimeSpan Best, TimeSpan CpuMedian)
{
    /// <summary>
    /// Runs each piece of work once to warm caches, then n rounds in which each runs once, in turn: pieces compared
    /// with each other meet the same moments of the machine's load.
    /// </summary>
    public static IReadOnlyList<Timing> Alternating(int repetitions, params Action[] works)
    {
        foreach (var work in works)
            work();
        var wall = works.Select(_ => new List<TimeSpan>(repetitions)).ToArray();
        var cpu = works.Select(_ => new List<TimeSpan>(repetitions)).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < repetitions; round++)
            for (var i = 0; i < works.Length; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                works[i]();
                wall[i].Add(clock.Elapsed);
                process.Refresh();
                cpu[i].Add(process.TotalProcessorTime - cpuBefore);
            }
        return works.Select((_, i) => new Timing(MedianOf(wall[i]), wall[i].Min(), MedianOf(cpu[i]))).ToList();
    }

    private static TimeSpan MedianOf(List<TimeSpan> runs)
    {
        runs.Sort();
        return runs[runs.Count / 2];
    }

    /// <param name="withCpu">False when the work runs in another process (PostgreSQL): then this CPU time is not its cost.</param>
    public string Text(bool withCpu) => withCpu
        ? $"mediana {Median.TotalMilliseconds:F1} ms (mejor {Best.TotalMilliseconds:F1} ms; CPU {CpuMedian.TotalMilliseconds:F1} ms)"
        : $"mediana {Median.TotalMilliseconds:F1} ms (mejor {Best.TotalMilliseconds:F1} ms)";
}
