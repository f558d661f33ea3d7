using System.Globalization;

namespace IndicadoresServicio.Dashboard.Web.Tables;

/// <summary>How a cell reads on screen, in Colombian formats: 1.234 and 12,5; dates day/month/year.</summary>
public static class CellText
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static string Of(object? cell) => cell switch
    {
        null => "—",
        string s => s,
        DateOnly d => d.ToString("dd/MM/yyyy", Colombia),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm", Colombia),
        bool b => b ? "Sí" : "No",
        int or long or short or byte => ((IFormattable)cell).ToString("N0", Colombia),
        double or float or decimal => ((IFormattable)cell).ToString("#,##0.##", Colombia),
        _ => cell.ToString() ?? "",
    };

    public static bool IsNumber(object? cell) => cell is int or long or short or byte or double or float or decimal;
}
