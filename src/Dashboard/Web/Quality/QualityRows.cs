namespace IndicadoresServicio.Dashboard.Web.Quality;

/// <summary>Quarantined rows that failed the same way (<see cref="Etl.Load.QuarantineReason"/>) in the same column.</summary>
public sealed record ReasonCount(string Reason, string? Column, long Rows, long Files);
