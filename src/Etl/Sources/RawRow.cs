namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// One readable row, as text, keyed by source header. Personal-data columns are already gone.
/// <see cref="Line"/> is the 1-based physical line where the record starts (csv) or the worksheet row (xlsx),
/// so a clerk can find it in the original file. Blank cells are null. Lookups by header forgive accents,
/// case and spacing ("fecha radicacion" finds "Fecha Radicación").
/// </summary>
public sealed record RawRow(long Line, IReadOnlyDictionary<string, string?> Cells);
