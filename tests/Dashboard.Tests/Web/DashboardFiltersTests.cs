using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Dashboard.Web.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class DashboardFiltersTests
{
    private static readonly DateOnly Today = new(2024, 7, 15);

    private static FilterParse Parse(string query) => DashboardFilters.Parse(QueryHelpers.ParseQuery(query), Today);

    [Fact]
    public void With_nothing_chosen_the_period_is_the_year_so_far_with_statuses_as_of_today()
    {
        var parsed = Parse("");

        parsed.Errors.Should().BeEmpty();
        parsed.Filters.Should().Be(new DashboardFilters(new DateOnly(2024, 1, 1), Today, Today));
    }

    [Fact]
    public void Every_filter_is_read_from_the_query_string()
    {
        var parsed = Parse("?desde=2024-03-01&hasta=2024-03-31&corte=2024-04-30&entidad=Alcald%C3%ADa%20de%20Prueba" +
                           "&dependencia=Secretar%C3%ADa%20de%20Hacienda&canal=virtual&tipo=Petici%C3%B3n");

        parsed.Errors.Should().BeEmpty();
        parsed.Filters.Should().Be(new DashboardFilters(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), new DateOnly(2024, 4, 30),
            "Alcaldía de Prueba", "Secretaría de Hacienda", "virtual", "peticion"));
    }

    [Fact]
    public void The_query_string_round_trips_so_a_shared_link_shows_the_same_thing()
    {
        var filters = new DashboardFilters(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), new DateOnly(2024, 4, 30),
            null, "Secretaría de Hacienda", null, "queja");

        var query = filters.ToQueryString();

        query.Should().Be("?desde=2024-03-01&hasta=2024-03-31&corte=2024-04-30&dependencia=Secretar%C3%ADa%20de%20Hacienda&tipo=queja");
        Parse(query).Filters.Should().Be(filters);
    }

    [Fact]
    public void Bad_values_are_reported_in_spanish_and_fall_back_to_the_defaults()
    {
        var parsed = Parse("?desde=31/03/2024&hasta=2024-02-30&tipo=tutela");

        parsed.Errors.Should().Equal(
            "«Desde»: «31/03/2024» no es una fecha válida; use AAAA-MM-DD (por ejemplo 2024-03-27).",
            "«Hasta»: «2024-02-30» no es una fecha válida; use AAAA-MM-DD (por ejemplo 2024-03-27).",
            "El tipo «tutela» no existe. Use uno de: peticion, queja, reclamo, sugerencia, denuncia, informacion, consulta, felicitacion.");
        parsed.Filters.Should().Be(new DashboardFilters(new DateOnly(2024, 1, 1), Today, Today));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_or_a_cut_off_before_it_is_explained()
    {
        Parse("?desde=2024-05-01&hasta=2024-04-01").Errors.Should().ContainSingle()
            .Which.Should().Be("«Desde» (01/05/2024) es posterior a «Hasta» (01/04/2024): se muestra el periodo por omisión.");
        var early = Parse("?desde=2024-05-01&hasta=2024-05-31&corte=2024-04-01");
        early.Errors.Should().ContainSingle().Which.Should().StartWith("La fecha de corte (01/04/2024) es anterior al inicio del periodo");
        early.Filters.CutOff.Should().Be(new DateOnly(2024, 5, 31));
    }

    [Fact]
    public void A_line_break_inside_a_name_is_read_as_a_space_as_chart_links_from_messy_exports_carry_them()
    {
        var parsed = Parse("?tema=Impuesto%0D%0A%20predial&dependencia=%09Hacienda%0A");

        parsed.Errors.Should().BeEmpty();
        parsed.Filters.Topic.Should().Be("Impuesto predial");
        parsed.Filters.Dependency.Should().Be("Hacienda");
    }

    [Fact]
    public void Overlong_or_control_character_text_is_refused()
    {
        Parse("?dependencia=" + new string('a', 201)).Errors.Should().ContainSingle().Which.Should().Contain("«Dependencia»");
        Parse("?entidad=a%00b").Filters.Entity.Should().BeNull();
    }

    [Fact]
    public void Values_the_warehouse_does_not_have_are_named()
    {
        var choices = new FilterChoices([new Choice("Alcaldía de Prueba", "Alcaldía de Prueba")],
            [new Choice("Secretaría de Hacienda", "Secretaría de Hacienda")], [new Choice("virtual", "Virtual / web")], []);

        choices.Check(Parse("?dependencia=secretaria%20de%20hacienda&canal=virtual").Filters).Should().BeEmpty();
        choices.Check(Parse("?dependencia=Tesorer%C3%ADa&canal=paloma&entidad=Otra").Filters).Should().Equal(
            "La entidad «Otra» no aparece en los datos cargados.",
            "La dependencia «Tesorería» no aparece en los datos cargados.",
            "El canal «paloma» no aparece en los datos cargados.");
    }

    [Fact]
    public void A_value_is_checked_against_each_members_name_and_code_as_the_engine_matches_it()
    {
        var entity = new SliceMember { Key = 1, Name = "Alcaldía de Prueba", Code = "05001" };
        var channel = new SliceMember { Key = 3, Name = "Virtual / web", Code = "virtual" };
        var choices = new FilterChoices([new Choice(entity.Name, entity.Name)], [], [new Choice(channel.Code, channel.Name)], [])
        {
            Known = new Dictionary<SliceName, IReadOnlyList<SliceMember>> { [SliceName.Entity] = [entity], [SliceName.Channel] = [channel] },
        };

        choices.Check(Parse("?entidad=05001&canal=VIRTUAL%20%2F%20WEB").Filters).Should().BeEmpty();
        choices.Check(Parse("?entidad=05002").Filters).Should().Equal("La entidad «05002» no aparece en los datos cargados.");
    }
}
