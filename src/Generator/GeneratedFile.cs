namespace IndicadoresServicio.Generator;

/// <summary>A file the generator wrote.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Source">The source it belongs to, e.g. "ventanilla-unica".</param>
/// <param name="Rows">Data rows for an export (titles and header not counted); 0 for a profile.</param>
public sealed record GeneratedFile(string Path, string Source, GeneratedFileKind Kind, long Rows);

public enum GeneratedFileKind
{
    /// <summary>Petitions as a source system exports them (CSV or XLSX).</summary>
    Export,

    /// <summary>The mapping profile JSON that tells the ETL how to read an export.</summary>
    Profile,
}
