using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed partial class ForecastPageTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public async Task The_page_shows_the_stored_forecast_of_the_dependency_asked_for(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        StoredForecasts.LoadAndStore(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        var client = await app.SignedIn("comite");

        var response = await client.GetAsync("/pronostico?frecuencia=semana&dependencia=" + Uri.EscapeDataString(StoredForecasts.Hacienda));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Entrenado con lo radicado hasta el <strong>31/10/2024</strong>");
        html.Should().Contain("figure class=\"grafico\"").And.Contain("Intervalo del 80 %");
        // The table under «Pronóstico por semana» holds exactly what fct_forecast holds, rounded to one decimal.
        var shown = Rows(html, "periodos");
        using var connection = app.Warehouse.OpenConnection();
        var stored = connection.Query<(DateOnly Period, double Point, double Lower, double Upper)>(app.Warehouse.Sql("""
            SELECT period_start, point, lower_bound, upper_bound FROM fct_forecast
            WHERE frequency = 'semana' AND slice = 'dependencia' AND series = @series ORDER BY period_start
            """), new { series = StoredForecasts.Hacienda }).ToList();
        stored.Should().HaveCount(6);
        shown.Should().Equal(stored.Select(s => new[]
        {
            s.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Es(s.Point), Es(s.Lower), Es(s.Upper),
        }.AsEnumerable()), (a, b) => a.SequenceEqual(b));
        Rows(html, "backtest").Select(r => r[1]).Should().Contain("Modelo (LightGbm global)").And.Contain("Ingenuo estacional");
    }

    [Fact]
    public async Task A_short_series_is_shown_as_the_baseline_with_the_reason()
    {
        await using var app = await DashboardApp.Start(WarehouseEngine.DuckDb, withPetitions: false);
        StoredForecasts.LoadAndStore(app.Warehouse);
        app.CreateUser("comite", Roles.Committee);
        var client = await app.SignedIn("comite");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/pronostico?dependencia=" + Uri.EscapeDataString(StoredForecasts.Transito)));

        // Tránsito's first filing is 2024-10-15 (the 14th was Día de la Raza, a holiday with none): 17 days.
        html.Should().Contain("Se muestra la línea base «Media del mismo día de la semana, 8 semanas», no el modelo: serie corta (17 días de historia");
    }

    [Fact]
    public async Task Without_a_stored_forecast_the_page_says_how_to_make_one()
    {
        await using var app = await DashboardApp.Start(WarehouseEngine.DuckDb, withPetitions: false);
        app.CreateUser("comite", Roles.Committee);
        var client = await app.SignedIn("comite");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/pronostico"));

        html.Should().Contain("Todavía no hay pronóstico guardado");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Por_vencer_and_the_despachos_resumen_list_the_dependencies_at_risk_of_letting_petitions_expire(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        ExpiryRiskFixture.Load(app.Warehouse);
        app.CreateUser("despacho", Roles.MayorsOffice);
        app.CreateUser("comite", Roles.Committee);
        var despacho = await app.SignedIn("despacho");
        const string filters = "?desde=2024-01-01&hasta=2024-09-13&corte=2024-09-13";

        // The figures ExpiryRiskTests works out by hand, rounded to one decimal: Hacienda 2.51 and 7.66 (5 of them
        // still to arrive), its median answer 15 days; Tránsito 0.7 and 6.08 (5.38 to arrive), judged by everybody's pace.
        string[][] expected =
        [
            [ExpiryRiskFixture.Hacienda, "5", "2,5", "7,7", "5", "15", "propio (10 respuestas)"],
            [ExpiryRiskFixture.Transito, "1", "0,7", "6,1", "5,4", "12", "de toda la entidad (solo 3 respuestas propias)"],
        ];
        foreach (var page in new[] { "/por-vencer", "/" })
        {
            var html = await despacho.GetStringAsync(page + filters);
            WebUtility.HtmlDecode(html).Should().Contain("Cómo se calcula: para cada petición sin respuesta que vence en ese lapso");
            Rows(html, "riesgo").Should().Equal(expected, (a, b) => a.SequenceEqual(b), page);
        }
        var comite = await app.SignedIn("comite");
        (await comite.GetStringAsync("/" + filters)).Should().NotContain("id=\"riesgo\"", "only the despacho's Resumen lists them");
    }

    [Fact]
    public async Task Pronostico_and_the_despachos_resumen_list_the_unusual_rises_and_a_secretaria_sees_only_its_own()
    {
        await using var app = await DashboardApp.Start(WarehouseEngine.DuckDb, withPetitions: false);
        UnusualRiseFixture.Load(app.Warehouse);
        app.CreateUser("despacho", Roles.MayorsOffice);
        app.CreateUser("hacienda", Roles.Secretariat, UnusualRiseFixture.Hacienda);
        var despacho = await app.SignedIn("despacho");
        const string filters = "?desde=2024-01-01&hasta=2024-09-18&corte=2024-09-18";

        // UnusualRiseTests works these out by hand: arrivals against the upper bound of the run made before each week.
        string[][] expected =
        [
            [UnusualRiseFixture.Transito, "del 16/09/2024, en curso hasta el 18/09/2024", "6", "1", "2", "15/09/2024"],
            ["tema " + UnusualRiseFixture.Predial, "del 09/09/2024", "6", "3", "5", "08/09/2024"],
            [UnusualRiseFixture.Hacienda, "del 16/09/2024, en curso hasta el 18/09/2024", "10", "8", "9", "15/09/2024"],
            [UnusualRiseFixture.Hacienda, "del 09/09/2024", "15", "10", "14", "08/09/2024"],
        ];
        foreach (var page in new[] { "/pronostico", "/" })
        {
            var html = await despacho.GetStringAsync(page + filters);
            WebUtility.HtmlDecode(html).Should().Contain("Cómo se calcula: cada semana se compara con el pronóstico semanal guardado antes de que empezara");
            Rows(html, "alza-inusual").Should().Equal(expected, (a, b) => a.SequenceEqual(b), page);
        }
        var hacienda = await app.SignedIn("hacienda");
        Rows(await hacienda.GetStringAsync("/pronostico" + filters), "alza-inusual").Select(r => r[0])
            .Should().Equal([UnusualRiseFixture.Hacienda, UnusualRiseFixture.Hacienda], "a secretaría sees its own dependency's series only");
    }

    private static string Es(double value) =>
        Math.Round(value, 1).ToString("#,##0.##", CultureInfo.GetCultureInfo("es-CO"));

    /// <summary>The cells of the table after the heading with <paramref name="id"/>, as the page writes them.</summary>
    private static List<string[]> Rows(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        var body = html[html.IndexOf("<tbody>", start, StringComparison.Ordinal)..end];
        return RowPattern().Matches(body)
            .Select(row => CellPattern().Matches(row.Value).Select(c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups[1].Value, "")).Trim()).ToArray())
            .ToList();
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
