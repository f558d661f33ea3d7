namespace IndicadoresServicio.Core.Calendar;

/// <summary>One of an entity's own non-working days, with the reason when the file gives one.</summary>
public sealed record NonWorkingDay(DateOnly Date, string? Reason);
