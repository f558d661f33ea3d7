using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Core.Tests.Terms;

public class DueDatesTests
{
    private static readonly BusinessCalendar National = BusinessCalendar.National;
    private static readonly DateOnly Filed = D("2024-03-27");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Due_date_of_a_peticion_filed_on_2024_03_27_is_2024_04_19() =>
        DueDates.DueOn(National, PetitionType.Peticion, Filed).Should().Be(D("2024-04-19"));

    [Theory]
    [InlineData(PetitionType.Informacion, "2024-04-12")]
    [InlineData(PetitionType.Consulta, "2024-05-14")]
    [InlineData(PetitionType.Queja, "2024-04-19")]
    public void Due_dates_of_other_types_filed_on_2024_03_27(PetitionType type, string due) =>
        DueDates.DueOn(National, type, Filed).Should().Be(D(due));

    [Fact]
    public void Day_1_of_a_peticion_received_on_saturday_2024_03_02_is_monday_2024_03_04_so_it_is_due_2024_03_22() =>
        // 2024-03-04 is day 1; the 15th business day is Friday 2024-03-22 (San José is observed on 03-25).
        DueDates.DueOn(National, PetitionType.Peticion, D("2024-03-02")).Should().Be(D("2024-03-22"));

    [Fact]
    public void A_felicitacion_has_no_due_date() =>
        DueDates.DueOn(National, PetitionType.Felicitacion, Filed).Should().BeNull();

    [Theory]
    [InlineData("2020-03-27", PetitionType.Peticion, "2020-04-21")]     // last ordinary filing: 15
    [InlineData("2020-03-27", PetitionType.Informacion, "2020-04-14")]
    [InlineData("2020-03-27", PetitionType.Consulta, "2020-05-13")]
    [InlineData("2020-03-28", PetitionType.Peticion, "2020-05-13")]     // first Decree 491 filing: 30
    [InlineData("2020-03-28", PetitionType.Informacion, "2020-04-28")]  // 20
    [InlineData("2020-03-28", PetitionType.Consulta, "2020-05-20")]     // 35
    [InlineData("2022-05-16", PetitionType.Peticion, "2022-06-30")]     // last Decree 491 filing
    [InlineData("2022-05-16", PetitionType.Informacion, "2022-06-14")]
    [InlineData("2022-05-16", PetitionType.Consulta, "2022-07-08")]
    [InlineData("2022-05-17", PetitionType.Peticion, "2022-06-08")]     // ordinary again
    [InlineData("2022-05-17", PetitionType.Informacion, "2022-06-01")]
    [InlineData("2022-05-17", PetitionType.Consulta, "2022-07-01")]
    public void Due_dates_around_the_decree_491_boundaries(string filedOn, PetitionType type, string due) =>
        DueDates.DueOn(National, type, D(filedOn)).Should().Be(D(due));

    [Fact]
    public void Extra_non_working_days_push_the_due_date_of_a_petition_filed_before_them()
    {
        var closedInHolyWeek = new BusinessCalendar([D("2024-03-26"), D("2024-03-27")]);

        DueDates.DueOn(National, PetitionType.Peticion, D("2024-03-22")).Should().Be(D("2024-04-17"));
        DueDates.DueOn(closedInHolyWeek, PetitionType.Peticion, D("2024-03-22")).Should().Be(D("2024-04-19"));
    }

    [Fact]
    public void A_petition_without_extension_is_due_on_its_term_and_its_response_time_is_counted_in_business_days()
    {
        var terms = DueDates.Evaluate(National, new PetitionFacts(PetitionType.Peticion, Filed, D("2024-04-08")));

        terms.Should().Be(new PetitionTerms(
            DueOn: D("2024-04-19"), ExtendedDueOn: null, ExtensionValid: null, ExtensionProblem: null,
            EffectiveDueOn: D("2024-04-19"), BusinessDaysToAnswer: 6));
    }

    [Fact]
    public void An_unanswered_petition_has_no_response_time() =>
        DueDates.Evaluate(National, new PetitionFacts(PetitionType.Peticion, Filed, null))
            .BusinessDaysToAnswer.Should().BeNull();

    [Fact]
    public void An_extension_to_exactly_twice_the_term_is_valid_and_becomes_the_effective_due_date()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, D("2024-05-10"), ExtensionDueOn: D("2024-05-14"),
                ExtensionNotifiedOn: D("2024-04-19")));

        terms.Should().Be(new PetitionTerms(D("2024-04-19"), D("2024-05-14"), true, null, D("2024-05-14"), 29));
        PetitionStatuses.StatusAt(terms.EffectiveDueOn, D("2024-05-10"), D("2024-05-31")).Should().Be(PetitionStatus.Oportuno);
    }

    [Fact]
    public void An_extension_one_business_day_past_twice_the_term_is_flagged_and_the_original_due_date_stands()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, D("2024-05-10"), ExtensionDueOn: D("2024-05-15")));

        terms.Should().Be(new PetitionTerms(D("2024-04-19"), D("2024-05-15"), false,
            "la prórroga supera el doble del término (máximo 2024-05-14)", D("2024-04-19"), 29));
        PetitionStatuses.StatusAt(terms.EffectiveDueOn, D("2024-05-10"), D("2024-05-31")).Should().Be(PetitionStatus.NoOportuno);
    }

    [Fact]
    public void An_extension_notified_after_the_due_date_is_flagged()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, null, ExtensionDueOn: D("2024-05-03"),
                ExtensionNotifiedOn: D("2024-04-22")));

        terms.ExtensionValid.Should().BeFalse();
        terms.ExtensionProblem.Should().Be("la prórroga se notificó después del vencimiento");
        terms.ExtendedDueOn.Should().Be(D("2024-05-03"));
        terms.EffectiveDueOn.Should().Be(D("2024-04-19"));
    }

    [Fact]
    public void An_extension_notified_the_day_after_the_due_date_is_already_late()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, null, ExtensionDueOn: D("2024-05-03"),
                ExtensionNotifiedOn: D("2024-04-20")));

        terms.ExtensionValid.Should().BeFalse();
        terms.EffectiveDueOn.Should().Be(D("2024-04-19"));
    }

    [Fact]
    public void An_extension_given_as_15_business_days_reaches_twice_the_term_and_is_valid()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, null, ExtensionDays: 15));

        terms.ExtendedDueOn.Should().Be(D("2024-05-14"));
        terms.ExtensionValid.Should().BeTrue();
        terms.EffectiveDueOn.Should().Be(D("2024-05-14"));
    }

    [Fact]
    public void An_extension_given_as_16_business_days_is_one_too_many()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, null, ExtensionDays: 16));

        terms.ExtendedDueOn.Should().Be(D("2024-05-15"));
        terms.ExtensionValid.Should().BeFalse();
        terms.ExtensionProblem.Should().Be("la prórroga supera el doble del término (máximo 2024-05-14)");
        terms.EffectiveDueOn.Should().Be(D("2024-04-19"));
    }

    [Fact]
    public void An_extended_due_date_before_the_original_one_is_flagged()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, null, ExtensionDueOn: D("2024-04-18")));

        terms.ExtensionValid.Should().BeFalse();
        terms.ExtensionProblem.Should().Be("la prórroga vence antes que el término inicial (2024-04-19)");
        terms.EffectiveDueOn.Should().Be(D("2024-04-19"));
    }

    [Fact]
    public void A_negative_number_of_extension_days_is_flagged()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, Filed, null, ExtensionDays: -3));

        terms.Should().Be(new PetitionTerms(D("2024-04-19"), null, false,
            "la prórroga de -3 días hábiles no es válida", D("2024-04-19"), null));
    }

    [Fact]
    public void The_extension_limit_doubles_the_decree_491_term_too()
    {
        // Filed 2020-03-28 (Decree 491, 30 days): due 2020-05-13; 60 business days after filing is 2020-06-30 (06-29 is San Pedro).
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Peticion, D("2020-03-28"), null, ExtensionDueOn: D("2020-07-01")));

        terms.DueOn.Should().Be(D("2020-05-13"));
        terms.ExtensionProblem.Should().Be("la prórroga supera el doble del término (máximo 2020-06-30)");
    }

    [Fact]
    public void A_felicitacion_has_no_dates_but_keeps_its_response_time()
    {
        var terms = DueDates.Evaluate(National, new PetitionFacts(PetitionType.Felicitacion, Filed, D("2024-04-19")));

        terms.Should().Be(new PetitionTerms(null, null, null, null, null, 15));
        PetitionStatuses.StatusAt(terms.EffectiveDueOn, D("2024-04-19"), D("2024-12-31")).Should().Be(PetitionStatus.SinTermino);
    }

    [Fact]
    public void An_extension_of_a_felicitacion_is_flagged_because_there_is_no_term_to_extend()
    {
        var terms = DueDates.Evaluate(National,
            new PetitionFacts(PetitionType.Felicitacion, Filed, null, ExtensionDueOn: D("2024-05-03")));

        terms.ExtensionValid.Should().BeFalse();
        terms.ExtensionProblem.Should().Be("la felicitación no tiene término que prorrogar");
        terms.EffectiveDueOn.Should().BeNull();
    }
}
