using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Tests;

public sealed class LegalRegimeTests
{
    [Fact]
    public void Petitions_filed_under_Decreto_491_get_its_longer_terms_until_Ley_2207_restores_the_ordinary_ones()
    {
        using var directory = new TempDirectory();
        var options = new GenerationOptions(directory.Path, 6_000, From: new DateOnly(2022, 1, 1), To: new DateOnly(2022, 12, 31), WriteXlsx: false);
        var calendar = new BusinessCalendar(MunicipalityGenerator.Generate(options).NonWorkingDays);

        // Measured on the real calendar; where the source forgot a closure day its term looks one day short.
        int SourceTermOf(GeneratedPetition p) => calendar.BusinessDaysBetween(p.FiledOn, p.SourceDueOn!.Value);
        var peticiones = MunicipalityGenerator.Petitions(options).Where(p => p.Type == PetitionType.Peticion).ToArray();
        var underDecree = peticiones.Where(p => p.FiledOn <= new DateOnly(2022, 5, 16)).ToArray();
        var afterRepeal = peticiones.Where(p => p.FiledOn >= new DateOnly(2022, 5, 17)).ToArray();

        var decreeTerms = underDecree.Select(SourceTermOf).ToArray();
        var ordinaryTerms = afterRepeal.Select(SourceTermOf).ToArray();

        decreeTerms.Should().NotBeEmpty().And.OnlyContain(term => term == 30 || term == 29);
        // One year holds the forgotten closure day, so up to a tenth of the source's due dates are a day short.
        decreeTerms.Count(term => term == 30).Should().BeGreaterThan(decreeTerms.Length * 85 / 100);
        ordinaryTerms.Should().NotBeEmpty().And.OnlyContain(term => term == 15 || term == 14);
        ordinaryTerms.Count(term => term == 15).Should().BeGreaterThan(ordinaryTerms.Length * 85 / 100);
        underDecree.Where(p => p.AnsweredOn is not null)
            .Should().Contain(p => calendar.BusinessDaysBetween(p.FiledOn, p.AnsweredOn!.Value) > 15,
                "dependencies use the longer term they were given");
    }
}
