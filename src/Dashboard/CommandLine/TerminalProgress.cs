using System.Diagnostics;
using System.Globalization;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// Rows read so far, redrawn in place on a terminal ("Leyendo… 120.000 filas, 85.000 filas/s"). When standard
/// error is not a terminal (a log, a pipe) it writes a plain line every <see cref="LogEvery"/> rows instead.
/// </summary>
internal sealed class TerminalProgress(TextWriter error, bool enabled, string label) : IProgress<long>, IDisposable
{
    public const long LogEvery = 100_000;
    private long _logged;

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _drawn;

    public void Report(long rows)
    {
        if (!enabled)
        {
            if (rows / LogEvery > _logged)
            {
                _logged = rows / LogEvery;
                error.WriteLine($"{label} {rows.ToString("N0", Colombia)} filas");
                error.Flush();
            }
            return;
        }
        var rate = rows / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        error.Write($"\r{label} {rows.ToString("N0", Colombia)} filas ({rate.ToString("N0", Colombia)} filas/s)   ");
        error.Flush();
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
            error.WriteLine();
    }
}
