namespace IndicadoresServicio.Etl.Transform;

/// <summary>Why a source row goes to quarantine: the line, the source column at fault, the reason's code and its
/// Spanish text.</summary>
public sealed record Rejection(long Line, string? Column, Load.QuarantineReason Kind, string Reason);
