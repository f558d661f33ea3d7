namespace IndicadoresServicio.Core.Calendar;

/// <summary>A line of a non-working-days file that is not a valid day; the Spanish message names the file and the line.</summary>
public sealed class NonWorkingDaysFileException(string message) : FormatException(message);
