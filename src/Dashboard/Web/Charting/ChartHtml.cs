namespace IndicadoresServicio.Dashboard.Web.Charting;

/// <summary>
/// A chart as an HTML fragment: a captioned figure with the Plotly div and the inline script that draws it with the
/// page's own /js/plotly.min.js. The script carries no nonce until the page gives it one (<see cref="WithNonce"/>),
/// because the content security policy only runs inline scripts with the request's nonce. The caption is kept as
/// plain text too, for the Word report, which shows a picture of the chart under it.
/// </summary>
public sealed record ChartHtml(string Html, string Caption = "")
{
    internal const string ScriptTag = "<script type=\"text/javascript\">";

    public string WithNonce(string nonce) => Html.Replace(ScriptTag, $"<script type=\"text/javascript\" nonce=\"{nonce}\">", StringComparison.Ordinal);

    public override string ToString() => Html;
}
