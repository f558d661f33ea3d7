using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The trend a ficha shows: the twelve months up to the report's end (fewer when the warehouse's dates start later),
/// petitions received and the on-time rate per month. Columns per month rather than a date line: a printed month
/// reads as one labelled bar («mar. 2024»), not as daily ticks.
/// </summary>
internal static class MonthlyTrend
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");

    public static IReadOnlyList<ChartHtml> Charts(ReportContext context, Period period, DateOnly cutOff, string? dependency)
    {
        var firstMonth = new DateOnly(period.To.Year, period.To.Month, 1).AddMonths(-11);
        Panel panel;
        try
        {
            panel = context.Measure(Period.Of(firstMonth < period.From ? firstMonth : period.From, period.To), cutOff,
                [IndicatorCode.Volume, IndicatorCode.OnTime], [SliceName.Month], dependency);
        }
        catch (MeasurementException)
        {
            // Twelve months back would leave the date dimension: the report's own period still has a trend.
            panel = context.Measure(period, cutOff, [IndicatorCode.Volume, IndicatorCode.OnTime], [SliceName.Month], dependency);
        }
        ChartHtml Columns(IndicatorCode code, string title, string valueTitle)
        {
            var results = panel.Results.Where(r => r.Code == code).ToList();
            return Charting.Charts.Bar(title, results.Select(r => MonthName(r.SliceValueOf(SliceName.Month)!)).ToList(),
                results.Select(ReportFigures.ChartValue).ToList(), valueTitle, horizontal: false);
        }
        return
        [
            Columns(IndicatorCode.Volume, "Peticiones radicadas por mes", "Peticiones"),
            Columns(IndicatorCode.OnTime, "Oportunidad de respuesta por mes (%)", "% oportunas"),
        ];
    }

    // The mes slice reads AAAA-MM.
    private static string MonthName(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM yyyy", Spanish);
}
