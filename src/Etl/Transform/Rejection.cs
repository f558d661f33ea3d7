namespace IndicadoresServicio.Etl.Transform;

/// <summary>Why a source row goes to quarantine: the line, the source column at fault, and a Spanish reason.</summary>
public sealed record Rejection(long Line, string? Column, string Reason);
