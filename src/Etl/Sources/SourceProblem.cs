namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// A row the reader itself could not read (wrong number of fields, text damaged by a wrong encoding).
/// <see cref="Kind"/> is its stable code; <see cref="Column"/> names the offending source column when there is one; <see cref="Reason"/> is
/// Spanish for the clerk and never quotes cell values, so it is safe to store and show. <see cref="SwallowsRest"/>:
/// a quote opened in this row never closes, so every line after it went into this one row.
/// </summary>
public sealed record SourceProblem(long Line, string? Column, Load.QuarantineReason Kind, string Reason, bool SwallowsRest = false);
