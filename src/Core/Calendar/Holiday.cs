namespace IndicadoresServicio.Core.Calendar;

/// <summary>A Colombian public holiday as observed (after any Ley Emiliani move).</summary>
public sealed record Holiday(DateOnly Date, string Name);
