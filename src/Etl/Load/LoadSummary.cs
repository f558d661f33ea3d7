using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// What one load did. Read = Inserted + Updated + Unchanged + Quarantined, always: every row is accounted for
/// (<see cref="Incomplete"/> rows, not records yet, are counted apart).
/// </summary>
public sealed record LoadSummary(
    long RunId,
    string Source,
    string FileName,
    long Read,
    long Inserted,
    long Updated,
    long Unchanged,
    long Quarantined,
    long DueDateDisagreements,
    IReadOnlyDictionary<PetitionStatus, long> StatusAtCutOff,
    IReadOnlyDictionary<string, long> QuarantineReasons,
    IReadOnlyList<string> UnknownValues,
    IReadOnlyList<string> Notices)
{
    /// <summary>Rows of the file that are not records yet (a survey response never submitted): neither loaded nor quarantined, only counted.</summary>
    public long Incomplete { get; init; }

    /// <summary>Why the load ends «con advertencias» (too much of the file quarantined, see <see cref="QuarantineWarning"/>), or null.</summary>
    public string? Warning { get; init; }
}
