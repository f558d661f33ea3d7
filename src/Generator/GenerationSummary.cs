namespace IndicadoresServicio.Generator;

/// <summary>What a generation wrote.</summary>
/// <param name="From">First filing day of the period.</param>
/// <param name="To">Last filing day, and the cut-off of the exports.</param>
/// <param name="CsvRows">Data rows of ventanilla-unica.csv.</param>
/// <param name="XlsxRows">Data rows of sede-electronica.xlsx (0 when not written).</param>
/// <param name="NonWorkingDays">The entity's closure days written into the profiles as dias_no_habiles.</param>
/// <param name="ClosureForgottenBySource">
/// The closure day the source systems left out of their own due dates (their "Fecha Límite" is a business day early
/// for petitions whose term spans it); null when the period holds none.
/// </param>
/// <param name="Defects">Rows spoiled on purpose (<see cref="GenerationOptions.InjectDefects"/>).</param>
public sealed record GenerationSummary(
    DateOnly From,
    DateOnly To,
    long CsvRows,
    long XlsxRows,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<DateOnly> NonWorkingDays,
    DateOnly? ClosureForgottenBySource,
    IReadOnlyList<InjectedDefect> Defects)
{
    public long TotalRows => CsvRows + XlsxRows;

    public int DefectCount => Defects.Count;
}
