using System.Globalization;
using System.Text;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.CommandLine.PanelOutput;

/// <summary>The panel as a table for people: Spanish headers, es-CO figures, one line per result.</summary>
internal static class PanelTable
{
    private const string Gap = "  ";

    /// <summary>The contract's words for a satisfaction figure from fewer than 30 valid answers.</summary>
    public const string SampleNotice = "muestra insuficiente";

    public static string Write(Panel panel)
    {
        var text = new StringBuilder();
        var plan = panel.Results.Count > 0 && panel.Results.All(r => r.Indicator.Source == Indicators.Plan.PlanSource.Definition);
        text.AppendLine(plan
            ? $"Indicadores del plan de desarrollo del {Day(panel.Period.From)} al {Day(panel.Period.To)}, con corte al {Day(panel.CutOff)}."
            : $"Indicadores de PQRSD radicadas del {Day(panel.Period.From)} al {Day(panel.Period.To)}, estado al {Day(panel.CutOff)}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Periodo anterior: del {Day(panel.PreviousPeriod.From)} al {Day(panel.PreviousPeriod.To)}, estado al {Day(panel.PreviousCutOff)}.");
        text.AppendLine();
        if (panel.Results.Count == 0)
        {
            text.AppendLine("No hay peticiones radicadas en el periodo con esos filtros.");
            return text.ToString();
        }
        var sliceTitles = panel.Slices.Select(s => MeasureSources.All.Select(m => m.FindSlice(s)).FirstOrDefault(d => d is not null)?.Title ?? s.Code).ToList();
        string[] header = ["Indicador", .. sliceTitles, "Valor", "Base", "Meta", "Semáforo", "Anterior", "Cambio", "Detalle"];
        var numeric = header.Select(h => h is "Valor" or "Base" or "Anterior" or "Cambio").ToArray();
        var rows = panel.Results.Select(r => Cells(panel, r)).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        text.AppendLine(Line(header, widths, numeric));
        text.AppendLine(string.Join(Gap, widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in rows)
            text.AppendLine(Line(row, widths, numeric));
        return text.ToString();
    }

    private static string[] Cells(Panel panel, IndicatorResult r)
    {
        var unit = r.Indicator.Unit;
        return
        [
            $"{r.Code} {r.Indicator.Name}",
            .. panel.Slices.Select(s => r.SliceValueOf(s) ?? ""),
            SpanishFigures.Value(unit, r.Value),
            r.Current.Denominator is { } d ? $"{SpanishFigures.Count(r.Current.Numerator)} / {SpanishFigures.Count(d)}" : "",
            SpanishFigures.Target(r.Indicator, r.Target),
            TrafficLights.Code(r.Light),
            r.Previous is null ? SpanishFigures.Missing : SpanishFigures.Value(unit, r.PreviousValue),
            SpanishFigures.Change(unit, r.Change),
            r.Band ?? string.Join(" · ", r.Statistics.Select(s => $"{s.Name} {SpanishFigures.Value(unit, s.Value)}")
                .Concat(r.InsufficientSample ? [SampleNotice] : [])),
        ];
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths, bool[] numeric) =>
        string.Join(Gap, cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
