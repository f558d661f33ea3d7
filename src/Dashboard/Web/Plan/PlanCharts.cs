using IndicadoresServicio.Dashboard.Web.Charting;
using Plotly.NET;

namespace IndicadoresServicio.Dashboard.Web.Plan;

/// <summary>One box of the plan's treemap: a line, a program or a goal, coloured by its band and sized by its goals.</summary>
public sealed record PlanNode(string Id, string Parent, string Label, int Goals, string? Band, string Detail);

/// <summary>The plan's own charts, drawn with the dashboard's look (<see cref="Charts"/>).</summary>
public static class PlanCharts
{
    /// <summary>
    /// Line → program → goal as a Plotly treemap: each box sized by its goals, coloured by its PD-EF band, and labelled
    /// with the band's word too. A click on a box zooms into it (Plotly's own drill-down); the path above it leads back.
    /// </summary>
    public static ChartHtml Treemap(string title, IReadOnlyList<PlanNode> nodes)
    {
        var trace = new Trace("treemap");
        trace.SetProperty("ids", nodes.Select(n => n.Id).ToArray());
        trace.SetProperty("parents", nodes.Select(n => n.Parent).ToArray());
        trace.SetProperty("labels", nodes.Select(n => Charts.Label(n.Label)).ToArray());
        trace.SetProperty("values", nodes.Select(n => n.Goals).ToArray());
        trace.SetProperty("branchvalues", "total");
        trace.SetProperty("text", nodes.Select(n => $"{Charts.Label(PlanBandCell.Word(n.Band))}<br>{Charts.Label(n.Detail)}").ToArray());
        trace.SetProperty("textinfo", "label+text");
        trace.SetProperty("hovertemplate", "<b>%{label}</b><br>%{text}<br>%{value} metas<extra></extra>");
        trace.SetProperty("marker", new { colors = nodes.Select(n => PlanBandCell.Colour(n.Band)).ToArray(), line = new { color = "#ffffff", width = 1 } });
        trace.SetProperty("pathbar", new { visible = true });
        trace.SetProperty("maxdepth", 3);
        var chart = GenericChart.ofTraceObject(true, trace);
        return Charts.Render(title, chart, new Dictionary<string, object>(), new Dictionary<string, object>(), 560);
    }
}
