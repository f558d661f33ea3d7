using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator;

/// <summary>
/// One petition as the generator decided it, in canonical terms (codes, full dependency names), before any
/// export spells it the way a source system would. The CSV export is written from exactly these records.
/// </summary>
/// <param name="Radicado">The source system's filing number, unique within the export.</param>
/// <param name="FiledAt">Filing date and time, to the minute.</param>
/// <param name="Dependency">The official name, e.g. "Secretaría de Hacienda".</param>
/// <param name="Topic">The tema as the petition states it.</param>
/// <param name="AnsweredOn">Null while the petition is still open at the cut-off.</param>
/// <param name="ExtensionDays">Extra business days granted by an extension (prórroga); null when none.</param>
/// <param name="SourceDueOn">The due date the source system itself computed; null for felicitaciones.</param>
/// <param name="Transferred">Forwarded to another entity (traslado por competencia, Ley 1755 art. 21).</param>
public sealed record GeneratedPetition(
    string Radicado,
    DateTime FiledAt,
    PetitionType Type,
    Channel Channel,
    string Dependency,
    string Topic,
    DateOnly? AnsweredOn,
    int? ExtensionDays,
    DateOnly? SourceDueOn,
    bool Transferred,
    PetitionerType PetitionerType)
{
    public DateOnly FiledOn => DateOnly.FromDateTime(FiledAt);
}
