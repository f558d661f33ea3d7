using System.Globalization;
using System.Net;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.TraceObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace IndicadoresServicio.Dashboard.Web.Charting;

/// <summary>
/// Builds the dashboard's charts server-side with Plotly.NET, one function per kind. The fragments never inline
/// plotly.js nor point to a CDN: the layout loads the copy the server itself serves (offline installations), and
/// every chart shares one plain, large-type, colour-blind-safe look with Colombian number formats.
/// </summary>
public static class Charts
{
    private const int Height = 380;

    /// <summary>A bar per category; horizontal by default, which keeps long Spanish labels readable on a phone.</summary>
    /// <param name="links">Per bar, the page of the petitions behind it (null: none for that bar); clicking the bar opens it.</param>
    public static ChartHtml Bar(string title, IReadOnlyList<string> categories, IReadOnlyList<double> values, string valueTitle, bool horizontal = true,
        IReadOnlyList<string?>? links = null)
    {
        var keys = horizontal ? categories.Select(Wrap).ToArray() : categories.Select(Label).ToArray();
        var chart = horizontal
            ? CSharpChart.Bar<double, string, string>(values: values, Keys: keys, Name: Label(valueTitle), MarkerColor: Color.fromHex(Palette.Blue))
            : CSharpChart.Column<double, string, string>(values: values, Keys: keys, Name: Label(valueTitle), MarkerColor: Color.fromHex(Palette.Blue));
        var height = horizontal ? Math.Max(Height - 80, 60 * categories.Count + 120) : Height;
        var valueAxis = Axis(valueTitle, counts: values);
        var categoryAxis = Axis(null, reversed: horizontal); // horizontal: first category on top, as in the table
        if (links is not null)
            chart = Linked(chart, [links]);
        return Render(title, chart, horizontal ? valueAxis : categoryAxis, horizontal ? categoryAxis : valueAxis, height,
            clickable: links?.Any(l => l is not null) == true);
    }

    /// <summary>One line per series over dates (a trend by day or month), each with markers so printed copies read too.</summary>
    public static ChartHtml LineTrend(string title, IReadOnlyList<ChartSeries> series, string valueTitle)
    {
        var traces = series.Select((s, i) => CSharpChart.Line<string, double, string>(
            x: s.Dates.Select(Iso), y: s.Values,
            Name: Label(s.Name), ShowMarkers: true, LineColor: Color.fromHex(Palette.Series[i % Palette.Series.Count]),
            MarkerColor: Color.fromHex(Palette.Series[i % Palette.Series.Count])));
        var dates = series.SelectMany(s => s.Dates).ToList();
        var dateAxis = Axis(null);
        dateAxis["type"] = "date";
        dateAxis["tickformat"] = "%d %b %Y";
        dateAxis["hoverformat"] = "%d/%m/%Y";
        if (dates.Count > 0)
        {
            // A day either side, so one day of data is a day wide and not zoomed to milliseconds.
            dateAxis["range"] = new[] { Iso(dates.Min().AddDays(-1)), Iso(dates.Max().AddDays(1)) };
            // Ticks fall on whole days (about ten of them), never on hours.
            var spanDays = dates.Max().DayNumber - dates.Min().DayNumber + 2;
            dateAxis["dtick"] = TimeSpan.FromDays(Math.Max(1, (int)Math.Ceiling(spanDays / 10.0))).TotalMilliseconds;
        }
        var chart = GenericChart.combine(traces);
        var clickable = series.Any(s => s.Links?.Any(l => l is not null) == true);
        if (clickable)
            chart = Linked(chart, series.Select(s => s.Links ?? s.Dates.Select(_ => (string?)null).ToList()).ToList());
        return Render(title, chart, dateAxis, Axis(valueTitle, counts: series.SelectMany(s => s.Values).ToList()), Height,
            showLegend: series.Count > 1, clickable: clickable);
    }

    /// <summary>
    /// Horizontal bars stacked to 100 %: one bar per category (a survey question), one segment per series (an answer
    /// label), so how answers spread over a scale reads at a glance.
    /// </summary>
    public static ChartHtml StackedShares(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Shares)> series)
    {
        var keys = categories.Select(Wrap).ToArray();
        var traces = series.Select((s, i) => CSharpChart.Bar<double, string, string>(values: s.Shares, Keys: keys, Name: Label(s.Name),
            MarkerColor: Color.fromHex(Palette.Series[i % Palette.Series.Count])));
        var height = Math.Max(Height - 80, 60 * categories.Count + 160);
        var valueAxis = Axis("% de las respuestas");
        valueAxis["range"] = new[] { 0, 100 };
        return Render(title, GenericChart.combine(traces), valueAxis, Axis(null, reversed: true), height, showLegend: true, barMode: "stack");
    }

    /// <summary>
    /// History and forecast of one series: the arrivals observed as a line, the forecast as a dashed line, and its
    /// interval as a shaded band between the lower and upper bounds.
    /// </summary>
    public static ChartHtml ForecastBand(string title, ChartSeries history, ChartSeries forecast, IReadOnlyList<double> lower,
        IReadOnlyList<double> upper, string valueTitle)
    {
        var x = forecast.Dates.Select(Iso).ToArray();
        var band = CSharpChart.Line<string, double, string>(x: x.Concat(x.Reverse()), y: upper.Concat(lower.Reverse()),
            Name: "Intervalo del 80 %", LineColor: Color.fromHex(Palette.Blue));
        band = GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            trace.SetProperty("fill", "toself");
            trace.SetProperty("fillcolor", "rgba(0,114,178,0.18)");
            trace.SetProperty("line", new { width = 0 });
            trace.SetProperty("hoverinfo", "skip");
            return trace;
        }), band);
        var observed = CSharpChart.Line<string, double, string>(x: history.Dates.Select(Iso), y: history.Values, Name: Label(history.Name),
            ShowMarkers: true, LineColor: Color.fromHex(Palette.Series[0]), MarkerColor: Color.fromHex(Palette.Series[0]));
        var second = Palette.Series[1 % Palette.Series.Count];
        var expected = CSharpChart.Line<string, double, string>(x: x, y: forecast.Values, Name: Label(forecast.Name), ShowMarkers: true,
            LineColor: Color.fromHex(second), MarkerColor: Color.fromHex(second), LineDash: StyleParam.DrawingStyle.Dash);
        var dateAxis = Axis(null);
        dateAxis["type"] = "date";
        dateAxis["tickformat"] = "%d %b %Y";
        dateAxis["hoverformat"] = "%d/%m/%Y";
        return Render(title, GenericChart.combine([band, observed, expected]), dateAxis,
            Axis(valueTitle, counts: history.Values), Height, showLegend: true);
    }

    /// <summary>How a measure is distributed (days, for instance): a histogram of the values.</summary>
    public static ChartHtml Histogram(string title, IReadOnlyList<double> values, string valueTitle)
    {
        var chart = CSharpChart.Histogram<double, double, string>(X: values.ToArray(), Name: Label(valueTitle), MarkerColor: Color.fromHex(Palette.Blue));
        if (values.Count > 0 && values.All(v => v == Math.Floor(v)))
        {
            // Whole numbers (days): one bar per value, not Plotly's guess at a bin width.
            var bins = new Bins();
            bins.SetProperty("start", values.Min() - 0.5);
            bins.SetProperty("end", values.Max() + 0.5);
            bins.SetProperty("size", 1);
            chart = GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("xbins", bins);
                return trace;
            }), chart);
        }
        return Render(title, chart, Axis(valueTitle), Axis("Cantidad", counts: [values.Count]), Height);
    }

    /// <summary>A box per group (median, quartiles, outliers), to compare distributions side by side.</summary>
    public static ChartHtml Box(string title, IReadOnlyList<(string Group, double Value)> points, string valueTitle)
    {
        var chart = CSharpChart.BoxPlot<string, double, string>(
            X: points.Select(p => Label(p.Group)).ToArray(), Y: points.Select(p => p.Value).ToArray(), Name: Label(valueTitle),
            MarkerColor: Color.fromHex(Palette.Blue));
        return Render(title, chart, Axis(null), Axis(valueTitle), Height);
    }

    /// <summary>
    /// Each point carries its drill-down link as Plotly's customdata (trace i gets <paramref name="links"/>[i]);
    /// tablero.js follows it on click. Links are the app's own relative URLs, built from the filters.
    /// </summary>
    private static GenericChart Linked(GenericChart chart, IReadOnlyList<IReadOnlyList<string?>> links)
    {
        var index = 0;
        return GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            if (index < links.Count)
                trace.SetProperty("customdata", links[index].ToArray());
            index++;
            return trace;
        }), chart);
    }

    internal static ChartHtml Render(string title, GenericChart chart, Dictionary<string, object> xAxis, Dictionary<string, object> yAxis, int height,
        bool showLegend = false, bool clickable = false, string? barMode = null)
    {
        var layout = new Layout();
        if (barMode is not null)
            layout.SetProperty("barmode", barMode);
        layout.SetProperty("autosize", true);
        layout.SetProperty("height", height);
        layout.SetProperty("separators", ",."); // es-CO: decimal comma, thousands point
        layout.SetProperty("colorway", Palette.Series);
        layout.SetProperty("font", new { family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size = 16, color = "#1a1a1a" });
        layout.SetProperty("paper_bgcolor", "#ffffff");
        layout.SetProperty("plot_bgcolor", "#ffffff");
        layout.SetProperty("margin", new { t = 16, r = 16, b = 56, l = 56 });
        layout.SetProperty("showlegend", showLegend);
        layout.SetProperty("legend", new { orientation = "h", y = -0.2 });
        layout.SetProperty("xaxis", xAxis);
        layout.SetProperty("yaxis", yAxis);
        chart = GenericChart.setLayout(layout, chart);

        var config = new Config();
        config.SetProperty("displaylogo", false);
        config.SetProperty("responsive", true);
        config.SetProperty("locale", "es");
        config.SetProperty("modeBarButtonsToRemove", new[] { "select2d", "lasso2d" });
        chart = GenericChart.setConfig(config, chart);
        chart = GenericChart.setDisplayOptions(DisplayOptions.setPlotlyReference(PlotlyJSReference.NoReference).Invoke(new DisplayOptions()), chart);

        var plot = EscapeScript(GenericChart.toChartHTML(chart));
        var caption = WebUtility.HtmlEncode(title);
        var (css, hint) = clickable
            ? (" con-detalle", "<p class=\"nota\">Haga clic en una barra o un punto para ver las peticiones que cuenta.</p>")
            : ("", "");
        return new ChartHtml($"<figure class=\"grafico{css}\" aria-label=\"{caption}\"><figcaption>{caption}</figcaption>{plot}{hint}</figure>", title);
    }

    /// <param name="counts">The axis shows these whole counts: small ones get a tick per unit instead of 0,2 0,4 …</param>
    private static Dictionary<string, object> Axis(string? title, bool reversed = false, IReadOnlyList<double>? counts = null)
    {
        var axis = new Dictionary<string, object> { ["automargin"] = true, ["gridcolor"] = "#d9d9d9", ["zerolinecolor"] = "#8c8c8c" };
        if (title is not null)
            axis["title"] = new { text = Label(title) };
        if (reversed)
            axis["autorange"] = "reversed";
        if (counts is { Count: > 0 } && counts.All(v => v == Math.Floor(v)))
        {
            axis["rangemode"] = "tozero";
            axis["tickformat"] = ",d";
            if (counts.Max() <= 10)
                axis["dtick"] = 1;
        }
        return axis;
    }

    /// <summary>
    /// Text from data as Plotly must receive it: Plotly reads a pseudo-HTML in every label (&lt;a href&gt; becomes a live
    /// link, &lt;b&gt; bold), so a dependency named <c>&lt;a href="http://e.vil"&gt;x&lt;/a&gt;</c> would put a link on the axis.
    /// Its own entities show the characters as written. Every label passed to Plotly goes through here.
    /// </summary>
    public static string Label(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Long labels break over lines (Plotly reads &lt;br&gt;), so a phone keeps room for the bars; each line is a
    /// <see cref="Label"/>, measured as the reader sees it.
    /// </summary>
    private static string Wrap(string label)
    {
        const int width = 32;
        if (label.Length <= width)
            return Label(label);
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
                line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join("<br>", lines.Select(Label));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Labels come from data (a quarantine reason quotes the exported cell), and Plotly.NET's JSON leaves '&lt;' as is:
    /// a value holding "&lt;/script&gt;" would end the script early. Inside the script '&lt;' only occurs in JSON strings,
    /// where \u003c means the same character, so every one is written that way.
    /// </summary>
    private static string EscapeScript(string html)
    {
        var start = html.IndexOf(ChartHtml.ScriptTag, StringComparison.Ordinal);
        var end = html.LastIndexOf("</script>", StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new InvalidOperationException("Plotly.NET no produjo el script esperado para el gráfico.");
        start += ChartHtml.ScriptTag.Length;
        return html[..start] + html[start..end].Replace("<", "\\u003c", StringComparison.Ordinal) + html[end..];
    }
}

/// <summary>One line of a trend chart: its name, a value per date and, optionally, per date the page of the petitions behind it.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values, IReadOnlyList<string?>? Links = null);
