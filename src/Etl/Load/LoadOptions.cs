using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The circumstances of one load: the cut-off date statuses are reported at, today (nothing may be filed
/// after it), the entity's business calendar, and the file's SHA-256 for the run log and the quarantine.
/// </summary>
/// <param name="FileSha256">
/// May still be being computed when the load starts: hashing a large file takes a fifth of a second per 250 MB, which
/// the load need not wait for. It is awaited when the quarantine is written, at the end.
/// </param>
public sealed record LoadOptions(DateOnly CutOff, DateOnly Today, BusinessCalendar Calendar, Task<string> FileSha256)
{
    public LoadOptions(DateOnly cutOff, DateOnly today, BusinessCalendar calendar, string fileSha256)
        : this(cutOff, today, calendar, Task.FromResult(fileSha256))
    {
    }

    /// <summary>The share of rows quarantined past which the load ends «con advertencias» (<see cref="QuarantineWarning"/>).</summary>
    public double QuarantineShare { get; init; } = QuarantineWarning.DefaultShare;

    /// <summary>The hash if it is known by now without waiting, else null.</summary>
    internal string? FileSha256IfKnown => FileSha256.IsCompletedSuccessfully ? FileSha256.Result : null;
}
