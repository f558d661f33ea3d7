using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// What one load did. Read = Inserted + Updated + Unchanged + Quarantined, always: every row is accounted for.
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
    IReadOnlyList<string> Notices);
