using IndicadoresServicio.Dashboard.Web.Charting;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class ChartsTests
{
    private static readonly IReadOnlyList<ChartHtml> EveryKind =
    [
        Charts.Bar("Cuarentena por motivo", ["Tipo desconocido", "Fecha no válida"], [12, 3], "Filas"),
        Charts.Bar("Volumen por canal", ["Presencial", "Virtual / web"], [40, 55], "Peticiones", horizontal: false),
        Charts.LineTrend("Filas por día", [new ChartSeries("Leídas", [new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2)], [120, 80])], "Filas"),
        Charts.Histogram("Diferencias", [1, 2, 2, -3], "Días hábiles"),
        Charts.Box("Tiempo de respuesta", [("Hacienda", 4), ("Hacienda", 9), ("Gobierno", 12)], "Días hábiles"),
    ];

    [Fact]
    public void No_chart_points_to_a_cdn_or_any_other_host()
    {
        foreach (var chart in EveryKind)
            chart.Html.Should().NotMatchRegex("https?://").And.NotContain("cdn").And.NotContain("<script src");
    }

    [Fact]
    public void No_chart_inlines_the_plotly_library()
    {
        foreach (var chart in EveryKind)
        {
            chart.Html.Should().NotContain("plotly.js v2").And.NotContain("Copyright 2012");
            chart.Html.Length.Should().BeLessThan(10_000, "a fragment carries the data and the call to Plotly, not the library");
            chart.Html.Should().Contain("Plotly.newPlot(");
        }
    }

    [Fact]
    public void A_bar_chart_carries_its_categories_and_values()
    {
        var html = EveryKind[0].Html;

        html.Should().Contain("\"Tipo desconocido\"").And.Contain("\"Fecha no válida\"").And.Contain("[12.0,3.0]");
        html.Should().Contain("<figcaption>Cuarentena por motivo</figcaption>");
    }

    [Fact]
    public void A_line_trend_carries_its_dates_and_values_and_a_histogram_its_values()
    {
        EveryKind[2].Html.Should().Contain("[\"2024-03-01\",\"2024-03-02\"]").And.Contain("[120.0,80.0]").And.Contain("\"Leídas\"");
        EveryKind[3].Html.Should().Contain("\"type\":\"histogram\"").And.Contain("[1.0,2.0,2.0,-3.0]");
        EveryKind[4].Html.Should().Contain("\"type\":\"box\"").And.Contain("\"Hacienda\"");
    }

    [Fact]
    public void Charts_use_the_colour_blind_safe_palette_and_colombian_number_separators()
    {
        var html = EveryKind[2].Html;

        html.Should().Contain("\"separators\":\",.\"").And.Contain(Palette.Blue).And.Contain(Palette.Orange);
        html.Should().Contain("\"locale\":\"es\"");
    }

    [Fact]
    public void A_label_that_closes_the_script_tag_cannot_break_out_of_the_chart()
    {
        var chart = Charts.Bar("<b>Motivos</b>", ["</script><script>alert(1)</script>"], [1], "Filas");

        chart.Html.Should().NotContain("</script><script>alert(1)");
        // Plotly gets the label as text (its own entities, ChartLabelBrowserTests), so no '<' is left to escape at all.
        chart.Html.Should().Contain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        chart.Html.Should().Contain("<figcaption>&lt;b&gt;Motivos&lt;/b&gt;</figcaption>");
    }

    [Fact]
    public void The_page_nonce_goes_on_the_chart_script_only()
    {
        var html = EveryKind[0].WithNonce("abc123");

        html.Should().Contain("<script type=\"text/javascript\" nonce=\"abc123\">");
        html.Should().NotContain("<script type=\"text/javascript\">");
    }
}
