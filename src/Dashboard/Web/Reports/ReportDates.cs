using System.Globalization;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>Dates as a Colombian reader expects them in a report: 15 de abril de 2024; 15/04/2024 in tables.</summary>
public static class ReportDates
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");

    public static string Long(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", Spanish);

    public static string Short(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Period(Indicators.Measurement.Period period) => $"del {Long(period.From)} al {Long(period.To)}";

    public static string Month(DateOnly date) => date.ToString("MMMM 'de' yyyy", Spanish);
}
