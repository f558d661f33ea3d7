using System.Diagnostics;

namespace IndicadoresServicio.Indicators.Bench;

/// <summary>Runs a piece of work once to warm caches, then n times, and keeps the median and the best.</summary>
internal sealed record Timing(TimeSpan Median, TimeSpan Best)
{
    public static Timing Of(int repetitions, Action work)
    {
        work();
        var runs = new List<TimeSpan>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            runs.Add(clock.Elapsed);
        }
        runs.Sort();
        return new Timing(runs[runs.Count / 2], runs[0]);
    }

    public override string ToString() => $"mediana {Median.TotalMilliseconds:F0} ms (mejor {Best.TotalMilliseconds:F0} ms)";
}
