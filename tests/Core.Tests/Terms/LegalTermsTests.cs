using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Core.Tests.Terms;

public class LegalTermsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2020-03-27", TermRegime.Ordinary)]
    [InlineData("2020-03-28", TermRegime.Decree491)]
    [InlineData("2022-05-16", TermRegime.Decree491)]
    [InlineData("2022-05-17", TermRegime.Ordinary)]
    [InlineData("2015-06-30", TermRegime.Ordinary)]
    public void The_regime_is_decided_by_the_filing_date(string filedOn, TermRegime expected) =>
        LegalTerms.RegimeFor(D(filedOn)).Should().Be(expected);

    [Theory]
    [InlineData(PetitionType.Peticion, 15)]
    [InlineData(PetitionType.Queja, 15)]
    [InlineData(PetitionType.Reclamo, 15)]
    [InlineData(PetitionType.Sugerencia, 15)]
    [InlineData(PetitionType.Denuncia, 15)]
    [InlineData(PetitionType.Informacion, 10)]
    [InlineData(PetitionType.Consulta, 30)]
    public void Ordinary_terms_are_15_10_and_30_business_days(PetitionType type, int days)
    {
        LegalTerms.TermDays(type, D("2020-03-27")).Should().Be(days);
        LegalTerms.TermDays(type, D("2022-05-17")).Should().Be(days);
        LegalTerms.MaxExtendedTermDays(type, D("2024-03-27")).Should().Be(2 * days);
    }

    [Theory]
    [InlineData(PetitionType.Peticion, 30)]
    [InlineData(PetitionType.Queja, 30)]
    [InlineData(PetitionType.Denuncia, 30)]
    [InlineData(PetitionType.Informacion, 20)]
    [InlineData(PetitionType.Consulta, 35)]
    public void Decree_491_terms_are_30_20_and_35_business_days(PetitionType type, int days)
    {
        LegalTerms.TermDays(type, D("2020-03-28")).Should().Be(days);
        LegalTerms.TermDays(type, D("2022-05-16")).Should().Be(days);
        LegalTerms.MaxExtendedTermDays(type, D("2021-01-15")).Should().Be(2 * days);
    }

    [Fact]
    public void A_felicitacion_has_no_term_under_either_regime()
    {
        LegalTerms.TermDays(PetitionType.Felicitacion, D("2024-03-27")).Should().BeNull();
        LegalTerms.TermDays(PetitionType.Felicitacion, D("2021-01-15")).Should().BeNull();
        LegalTerms.MaxExtendedTermDays(PetitionType.Felicitacion, D("2024-03-27")).Should().BeNull();
    }
}
