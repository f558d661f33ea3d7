using System.Diagnostics;
using System.Globalization;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// Rows read so far, redrawn in place on a terminal ("Leyendo… 120.000 filas, 85.000 filas/s"). Silent when
/// standard error is not a terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class TerminalProgress(TextWriter error, bool enabled, string label) : IProgress<long>, IDisposable
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _drawn;

    public void Report(long rows)
    {
        if (!enabled)
            return;
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
