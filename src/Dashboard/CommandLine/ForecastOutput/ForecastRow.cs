using System.Globalization;
using IndicadoresServicio.Indicators.Forecast;

namespace IndicadoresServicio.Dashboard.CommandLine.ForecastOutput;

/// <summary>
/// One line of <c>pronostico</c>'s output, the contract of issue 17: fecha, pronostico, inferior, superior, the
/// slice's key (dependencia, canal, tipo) on a slice's rows only, then metodo. Figures rounded to one decimal.
/// </summary>
internal static class ForecastRow
{
    public static IReadOnlyList<string> Columns(ArrivalSlice? slice) =>
        ["fecha", .. slice is { } s ? new[] { s.Code() } : [], "pronostico", "inferior", "superior", "metodo"];

    public static IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> Rows(DemandForecast forecast, DateOnly from, DateOnly to)
    {
        foreach (var series in forecast.Series)
            foreach (var p in series.Periods.Where(p => p.Period >= forecast.Frequency.PeriodStart(from) && p.Period <= to))
            {
                var row = new List<KeyValuePair<string, object?>>
                {
                    new("fecha", p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                };
                if (series.Key.Slice != ArrivalSlice.Entity)
                    row.Add(new(series.Key.Slice.Code(), series.Key.Name));
                row.Add(new("pronostico", Round(p.Point)));
                row.Add(new("inferior", Round(p.Lower)));
                row.Add(new("superior", Round(p.Upper)));
                row.Add(new("metodo", series.Method.Code()));
                yield return row;
            }
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
