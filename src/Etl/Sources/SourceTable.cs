namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// An opened source file. <see cref="Headers"/> are the columns rows will carry, in file order, after
/// personal data was dropped (and the petitioner id replaced by <see cref="PetitionerHash.CellKey"/>).
/// <see cref="Records"/> streams from disk: each enumeration re-reads the file and holds one row at a time.
/// <see cref="Notices"/> are Spanish remarks for the run log (detected encoding, delimiter, header line,
/// personal-data columns the profile lists but the file lacks).
/// </summary>
public sealed record SourceTable(
    string FileName,
    IReadOnlyList<string> Headers,
    IEnumerable<SourceRecord> Records,
    IReadOnlyList<string> Notices);
