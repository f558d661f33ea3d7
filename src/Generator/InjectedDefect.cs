namespace IndicadoresServicio.Generator;

/// <summary>One spoiled row of an export.</summary>
/// <param name="File">The export's file name, e.g. "ventanilla-unica.csv".</param>
/// <param name="Row">1-based data row (the header is not counted; a quoted line break does not start a row).</param>
/// <param name="Radicado">What the row's radicado column says (empty for a blank radicado).</param>
public sealed record InjectedDefect(string File, long Row, DefectKind Kind, string Radicado);
