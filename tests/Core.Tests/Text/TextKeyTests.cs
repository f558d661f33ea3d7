using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Core.Tests.Text;

public class TextKeyTests
{
    [Theory]
    [InlineData("Petición", "peticion")]
    [InlineData("INFORMACIÓN", "informacion")]
    [InlineData("  Alcaldía   de\tEjemplo  ", "alcaldia de ejemplo")]
    [InlineData("Felicitación", "felicitacion")]
    [InlineData("Añasco Güicán", "anasco guican")]
    [InlineData("", "")]
    public void Fold_trims_removes_accents_lower_cases_and_collapses_whitespace(string input, string expected) =>
        TextKey.Fold(input).Should().Be(expected);

    [Fact]
    public void Fold_of_the_decomposed_and_composed_spellings_is_the_same_key() =>
        TextKey.Fold("Peticio\u0301n").Should().Be(TextKey.Fold("Petici\u00f3n")).And.Be("peticion");

    [Theory]
    [InlineData("Alcaldía de Ejemplo", "alcaldia-de-ejemplo")]
    [InlineData("  Secretaría (Gobierno) / Tránsito  ", "secretaria-gobierno-transito")]
    [InlineData("E.S.E. Hospital San José", "e-s-e-hospital-san-jose")]
    [InlineData("---", "")]
    public void Slug_keeps_ascii_letters_and_digits_joined_by_single_dashes(string input, string expected) =>
        TextKey.Slug(input).Should().Be(expected);

    [Fact]
    public void Fold_rejects_null() =>
        FluentActions.Invoking(() => TextKey.Fold(null!)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData("Impuesto predial", "Impuesto predial")]
    [InlineData("Impuesto\r\npredial", "Impuesto predial")]
    [InlineData("  Secretaría\tde   Hacienda \n", "Secretaría de Hacienda")]
    [InlineData("", "")]
    public void Tidy_keeps_accents_and_case_and_makes_every_run_of_whitespace_one_space(string name, string shown) =>
        TextKey.Tidy(name).Should().Be(shown);

    [Fact]
    public void Tidy_returns_the_same_string_when_nothing_needs_tidying()
    {
        var name = "Secretaría de Hacienda";
        TextKey.Tidy(name).Should().BeSameAs(name);
    }
}
