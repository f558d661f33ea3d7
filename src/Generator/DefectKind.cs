namespace IndicadoresServicio.Generator;

/// <summary>The ways real exports are spoiled that the ETL must catch (and quarantine) rather than load.</summary>
public enum DefectKind
{
    /// <summary>A filing date no date format can read ("31/02/2025 10:15", "SIN FECHA").</summary>
    UnparseableDate,

    /// <summary>A response date earlier than the filing date.</summary>
    AnsweredBeforeFiled,

    /// <summary>No radicado at all.</summary>
    BlankRadicado,

    /// <summary>The radicado of the previous row, again.</summary>
    DuplicateRadicado,

    /// <summary>A type label the profile does not map ("ACCION DE TUTELA").</summary>
    UnknownType,
}
