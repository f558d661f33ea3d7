using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Indicators.Forecast;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.CommandLine.ForecastOutput;

/// <summary>The forecast's rows as JSON, CSV or an Excel sheet (invariant numbers), or as a table for people (es-CO).</summary>
internal static class ForecastWriters
{
    public static string Json(IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var (key, value) in row)
                {
                    if (value is double number)
                        json.WriteNumber(key, number);
                    else
                        json.WriteString(key, value?.ToString());
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    public static string Csv(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', columns));
        foreach (var row in rows)
            csv.AppendLine(string.Join(',', row.Select(cell => cell.Value switch
            {
                double number => number.ToString("R", CultureInfo.InvariantCulture),
                var text => Quote(SpreadsheetText.Neutralise(text?.ToString() ?? "")),
            })));
        return csv.ToString();
    }

    public static void Xlsx(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> rows, string path)
    {
        using var table = new DataTable("Pronostico");
        foreach (var column in columns)
            table.Columns.Add(column, typeof(object));
        foreach (var row in rows)
            table.Rows.Add(row.Select(c => c.Value is string text ? SpreadsheetText.Neutralise(text) : c.Value ?? DBNull.Value).ToArray());
        MiniExcel.SaveAs(path, table, sheetName: "Pronostico", overwriteFile: true);
    }

    public static string Table(DemandForecast forecast, DateOnly from, DateOnly to)
    {
        var es = CultureInfo.GetCultureInfo("es-CO");
        var text = new StringBuilder();
        text.AppendLine(es, $"Pronóstico de PQRSD radicadas por {Unit(forecast.Frequency)}, entrenado con lo radicado hasta el {forecast.CutOff:yyyy-MM-dd}; intervalo del 80 %.");
        text.AppendLine();
        string[] header = ["Serie", "Periodo", "Pronóstico", "Inferior", "Superior", "Método"];
        var lines = new List<string[]>();
        foreach (var series in forecast.Series)
            foreach (var p in series.Periods.Where(p => p.Period >= forecast.Frequency.PeriodStart(from) && p.Period <= to))
                lines.Add([series.Key.ToString(), forecast.Frequency.Label(p.Period), p.Point.ToString("N1", es), p.Lower.ToString("N1", es),
                    p.Upper.ToString("N1", es), series.Method.SpanishName()]);
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i is >= 2 and <= 4 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        text.AppendLine(Line(header));
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var line in lines)
            text.AppendLine(Line(line));
        var notes = forecast.Series.Where(s => s.Reason is not null).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine();
            foreach (var s in notes)
                text.AppendLine(es, $"{s.Key}: {s.Reason}.");
        }
        return text.ToString();
    }

    /// <summary>The rolling-origin backtest: per frequency and method, MASE and the 80 % interval's coverage.</summary>
    public static string Backtest(IReadOnlyList<DemandForecast> runs)
    {
        var es = CultureInfo.GetCultureInfo("es-CO");
        var text = new StringBuilder();
        text.AppendLine("Backtest de origen móvil: cada origen entrena solo con lo radicado hasta ese día.");
        text.AppendLine("MASE < 1: mejor que el ingenuo estacional dentro de la muestra; se publica el modelo solo si supera a las dos líneas base.");
        text.AppendLine();
        string[] header = ["Frecuencia", "Corte", "Orígenes", "Método", "MASE", "Cobertura 80 %", "Errores"];
        var lines = new List<string[]>();
        foreach (var run in runs)
            foreach (var score in run.Backtest)
                lines.Add([Unit(run.Frequency), run.CutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.BacktestOrigins.Count.ToString(es),
                    score.Method.SpanishName(), score.Mase.ToString("N3", es), double.IsNaN(score.Coverage) ? "—" : score.Coverage.ToString("P1", es),
                    score.Errors.ToString("N0", es)]);
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i is 2 or >= 4 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        text.AppendLine(Line(header));
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var line in lines)
            text.AppendLine(Line(line));
        foreach (var run in runs)
        {
            var published = run.Series.Count(s => s.Method == ForecastMethod.Model);
            text.AppendLine();
            text.AppendLine(es, $"Por {Unit(run.Frequency)}: {published} de {run.Series.Count} series se publican con el modelo; orígenes {string.Join(", ", run.BacktestOrigins.Select(o => o.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}.");
        }
        return text.ToString();
    }

    public static string Unit(ForecastFrequency frequency) => frequency switch
    {
        ForecastFrequency.Day => "día",
        ForecastFrequency.Week => "semana",
        _ => "mes",
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
