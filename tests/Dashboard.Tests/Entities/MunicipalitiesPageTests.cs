using System.Net;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

/// <summary>The Municipios page over <see cref="TwoTowns"/>: figures worked out by hand from its rows.</summary>
public sealed class MunicipalitiesPageTests(TwoTownsDashboards towns) : IClassFixture<TwoTownsDashboards>
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string Period = "desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30";
    private const string LastMesa = "&anterior_desde=2023-01-01&anterior_hasta=2023-06-30";

    private static async Task<IReadOnlyList<string[]>> Csv(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(l => l.Split(';')).ToList();
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task The_gobernacion_ranks_the_towns_by_timeliness_against_the_last_mesa_and_sees_who_improved(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("gobernacion");

        var ranking = await Csv(client, $"/municipios/descargar?tabla=municipios&formato=csv&{Period}{LastMesa}");
        var html = await client.GetStringAsync($"/municipios?{Period}{LastMesa}");

        // Puesto; Municipio; Radicadas; Oportunidad; Semáforo; Vencidas; Semáforo; Días; Semáforo; Anterior; Cambio
        ranking.Select(r => r[1]).Should().Equal(TwoTowns.Abajo, TwoTowns.Arriba);
        ranking[0][0].Should().Be("1");
        ranking[0][2].Should().Be(TwoTowns.AbajoAll.ToString());
        ranking[0][3].Should().Be(TwoTowns.AbajoOnTime);
        ranking[0][4].Should().StartWith("Verde");
        ranking[1][2].Should().Be(TwoTowns.ArribaAll.ToString());
        ranking[1][3].Should().Be(TwoTowns.ArribaOnTime);
        ranking[1][4].Should().StartWith("Rojo");
        ranking[1][9].Should().Be(TwoTowns.ArribaOnTimeBefore);
        ranking[1][10].Should().Be("16,7");
        html.Should().Contain("Mejoraron desde la última Mesa").And.Contain(TwoTowns.Arriba + ": de 50");
        html.Should().Contain("href=\"/municipios\"", "the menu offers the page once the warehouse holds several towns");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_chosen_towns_monthly_trend_counts_its_own_petitions(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("gobernacion");

        var trend = await Csv(client, $"/municipios/descargar?tabla=tendencia&formato=csv&{Period}&entidad={Uri.EscapeDataString(TwoTowns.Arriba)}");

        // All four of Arriba's 2024 petitions were filed in March; 2 of the 3 answered were on time.
        trend.Where(r => r[1] != "0").Should().ContainSingle().Which.Should().Equal("2024-03", TwoTowns.ArribaAll.ToString(), TwoTowns.ArribaOnTime);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_towns_user_sees_only_its_own_row_and_is_refused_the_other_town(WarehouseEngine engine)
    {
        var app = towns.Of(engine);
        using var client = await app.SignedIn("comite-arriba");

        var ranking = await Csv(client, $"/municipios/descargar?tabla=municipios&formato=csv&{Period}");
        var other = await client.GetAsync($"/municipios?{Period}&entidad={Uri.EscapeDataString(TwoTowns.Abajo)}");

        ranking.Should().ContainSingle().Which[1].Should().Be(TwoTowns.Arriba);
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
