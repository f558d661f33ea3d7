using IndicadoresServicio.Indicators.Calendar;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The circumstances of one load: the cut-off date statuses are reported at, today (nothing may be filed
/// after it), the entity's business calendar, and the file's SHA-256 for the run log.
/// </summary>
public sealed record LoadOptions(DateOnly CutOff, DateOnly Today, BusinessCalendar Calendar, string FileSha256);
