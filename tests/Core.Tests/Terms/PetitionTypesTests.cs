using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Core.Tests.Terms;

public class PetitionTypesTests
{
    [Fact]
    public void All_lists_the_eight_types_with_their_codes_in_order() =>
        PetitionTypes.All.Select(PetitionTypes.Code).Should().Equal(
            "peticion", "queja", "reclamo", "sugerencia", "denuncia", "informacion", "consulta", "felicitacion");

    [Theory]
    [InlineData("peticion", PetitionType.Peticion)]
    [InlineData("Petición", PetitionType.Peticion)]
    [InlineData("INFORMACIÓN", PetitionType.Informacion)]
    [InlineData("  Felicitación ", PetitionType.Felicitacion)]
    [InlineData("QUEJA", PetitionType.Queja)]
    public void Codes_are_recognised_whatever_their_case_or_accents(string code, PetitionType expected)
    {
        PetitionTypes.TryParse(code, out var type).Should().BeTrue();
        type.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("derecho de petición")]
    [InlineData("Peticion2")]
    public void Anything_else_is_not_a_type_code(string? code) =>
        PetitionTypes.TryParse(code, out _).Should().BeFalse();

    [Fact]
    public void Every_code_parses_back_to_its_type()
    {
        foreach (var type in PetitionTypes.All)
        {
            PetitionTypes.TryParse(PetitionTypes.Code(type), out var parsed).Should().BeTrue();
            parsed.Should().Be(type);
        }
    }

    [Fact]
    public void Spanish_names_follow_ley_1755() =>
        PetitionTypes.All.Select(PetitionTypes.SpanishName).Should().Equal(
            "Petición de interés general o particular", "Queja", "Reclamo", "Sugerencia", "Denuncia",
            "Solicitud de documentos o de información", "Consulta", "Felicitación");
}
