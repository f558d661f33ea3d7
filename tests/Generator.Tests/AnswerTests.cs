using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Tests;

[Collection(GeneratedMunicipalityCollection.Name)]
public sealed class AnswerTests(GeneratedMunicipality municipality)
{
    private IReadOnlyList<GeneratedPetition> Petitions => municipality.Petitions;

    private DateOnly CutOff => municipality.Summary.To;

    private PetitionTerms Terms(GeneratedPetition p) =>
        DueDates.Evaluate(municipality.Calendar, new PetitionFacts(p.Type, p.FiledOn, p.AnsweredOn, ExtensionDays: p.ExtensionDays));

    private PetitionStatus Status(GeneratedPetition p) =>
        PetitionStatuses.StatusAt(Terms(p).EffectiveDueOn, p.AnsweredOn, CutOff);

    private static double LateShare(IEnumerable<(GeneratedPetition Petition, PetitionStatus Status)> answered)
    {
        var statuses = answered.Select(a => a.Status).Where(s => s is PetitionStatus.Oportuno or PetitionStatus.NoOportuno).ToArray();
        return statuses.Count(s => s == PetitionStatus.NoOportuno) / (double)statuses.Length;
    }

    [Fact]
    public void Answers_never_come_before_filing_and_only_on_business_days()
    {
        var answered = Petitions.Where(p => p.AnsweredOn is not null).ToArray();

        answered.Should().OnlyContain(p => p.AnsweredOn >= p.FiledOn);
        answered.Should().OnlyContain(p => municipality.Calendar.IsBusinessDay(p.AnsweredOn!.Value));
        answered.Should().OnlyContain(p => p.AnsweredOn <= CutOff);
    }

    [Fact]
    public void Between_five_and_fifteen_percent_of_the_answers_are_late()
    {
        var late = LateShare(Petitions.Select(p => (p, Status(p))));

        late.Should().BeInRange(0.05, 0.15);
    }

    [Fact]
    public void The_chronically_late_dependency_is_far_later_than_the_prompt_one()
    {
        double LateShareOf(string dependency) =>
            LateShare(Petitions.Where(p => p.Dependency == dependency).Select(p => (p, Status(p))));

        LateShareOf("Secretaría de Movilidad").Should().BeGreaterThan(0.18);
        LateShareOf("Oficina de Atención al Ciudadano").Should().BeLessThan(0.06);
    }

    [Fact]
    public void A_prompt_dependency_answers_in_five_to_eight_business_days()
    {
        var days = Petitions
            .Where(p => p.Dependency == "Oficina de Atención al Ciudadano" && p.AnsweredOn is not null && !p.Transferred)
            .Select(p => municipality.Calendar.BusinessDaysBetween(p.FiledOn, p.AnsweredOn!.Value))
            .Order()
            .ToArray();

        days[days.Length / 2].Should().BeInRange(5, 8);
    }

    [Fact]
    public void At_the_cut_off_some_open_petitions_are_within_term_and_some_overdue()
    {
        var statuses = Petitions.Select(p => (Petition: p, Status: Status(p))).ToArray();
        var withinTerm = statuses.Where(s => s.Status == PetitionStatus.ATiempo).ToArray();
        var overdue = statuses.Where(s => s.Status == PetitionStatus.Vencido).ToArray();

        withinTerm.Should().NotBeEmpty();
        withinTerm.Should().OnlyContain(s => s.Petition.FiledOn > CutOff.AddMonths(-4), "only recent petitions can still be within term");
        overdue.Should().NotBeEmpty();
        overdue.Should().Contain(s => s.Petition.FiledOn < CutOff.AddYears(-1), "some petitions are never answered");
        overdue.Should().Contain(s => s.Petition.FiledOn > CutOff.AddMonths(-2), "late answers still pending at the cut-off");
    }

    [Fact]
    public void Most_extensions_are_valid_and_a_few_exceed_twice_the_term()
    {
        var extended = Petitions.Where(p => p.ExtensionDays is not null).Select(Terms).ToArray();
        var invalidShare = extended.Count(t => t.ExtensionValid == false) / (double)extended.Length;

        (extended.Length / (double)Petitions.Count).Should().BeInRange(0.02, 0.10);
        invalidShare.Should().BeInRange(0.01, 0.15);
        extended.Where(t => t.ExtensionValid == false).Should().OnlyContain(t => t.ExtensionProblem!.Contains("doble"));
    }

    [Fact]
    public void About_three_percent_are_transferred_mostly_within_the_five_days_of_article_21()
    {
        var transferred = Petitions.Where(p => p.Transferred).ToArray();
        var answered = transferred.Where(p => p.AnsweredOn is not null).ToArray();
        var inTime = answered.Count(p => municipality.Calendar.BusinessDaysBetween(p.FiledOn, p.AnsweredOn!.Value) <= 5);

        (transferred.Length / (double)Petitions.Count).Should().BeInRange(0.02, 0.045);
        ((double)inTime / answered.Length).Should().BeInRange(0.85, 0.99);
        transferred.Should().NotContain(p => p.Type == PetitionType.Felicitacion);
    }

    [Fact]
    public void Felicitaciones_have_no_due_date_and_are_never_overdue()
    {
        var felicitaciones = Petitions.Where(p => p.Type == PetitionType.Felicitacion).ToArray();

        felicitaciones.Should().NotBeEmpty().And.OnlyContain(p => p.SourceDueOn == null && p.ExtensionDays == null);
        felicitaciones.Select(Status).Should().OnlyContain(s => s == PetitionStatus.SinTermino);
    }

    [Fact]
    public void The_source_due_date_agrees_with_the_law_except_where_it_forgot_a_closure_day()
    {
        var forgotten = municipality.Summary.ClosureForgottenBySource!.Value;
        var termed = Petitions.Where(p => p.SourceDueOn is not null).ToArray();
        var disagreeing = termed.Where(p => p.SourceDueOn != DueDates.DueOn(municipality.Calendar, p.Type, p.FiledOn)).ToArray();

        disagreeing.Should().NotBeEmpty();
        (disagreeing.Length / (double)termed.Length).Should().BeLessThan(0.03);
        disagreeing.Should().OnlyContain(p =>
            p.FiledOn < forgotten
            && DueDates.DueOn(municipality.Calendar, p.Type, p.FiledOn) > forgotten
            && municipality.Calendar.BusinessDaysBetween(p.SourceDueOn!.Value, DueDates.DueOn(municipality.Calendar, p.Type, p.FiledOn)!.Value) == 1,
            "the source counted the forgotten closure as a business day, so its due date is one business day early");
    }
}
