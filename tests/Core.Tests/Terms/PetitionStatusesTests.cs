using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Core.Tests.Terms;

public class PetitionStatusesTests
{
    private static readonly DateOnly Due = new(2024, 4, 19);

    private static DateOnly? D(string? iso) =>
        iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-04-19", "2024-04-30", PetitionStatus.Oportuno)]   // answered on the due date
    [InlineData("2024-04-02", "2024-04-02", PetitionStatus.Oportuno)]
    [InlineData("2024-04-22", "2024-04-30", PetitionStatus.NoOportuno)]
    [InlineData(null, "2024-04-19", PetitionStatus.ATiempo)]            // cut-off on the due date
    [InlineData(null, "2024-04-22", PetitionStatus.Vencido)]
    [InlineData("2024-04-10", "2024-04-05", PetitionStatus.ATiempo)]    // answered after the cut-off
    [InlineData("2024-04-25", "2024-04-22", PetitionStatus.Vencido)]    // answered late, after the cut-off
    public void Status_at_a_cut_off_follows_the_contract(string? answeredOn, string cutOff, PetitionStatus expected) =>
        PetitionStatuses.StatusAt(Due, D(answeredOn), D(cutOff)!.Value).Should().Be(expected);

    [Fact]
    public void A_petition_without_a_due_date_has_no_term_answered_or_not()
    {
        PetitionStatuses.StatusAt(null, null, Due).Should().Be(PetitionStatus.SinTermino);
        PetitionStatuses.StatusAt(null, Due, Due).Should().Be(PetitionStatus.SinTermino);
    }

    [Fact]
    public void Codes_and_spanish_names_of_the_statuses()
    {
        var all = Enum.GetValues<PetitionStatus>();

        all.Select(PetitionStatuses.Code).Should().Equal("oportuno", "no_oportuno", "a_tiempo", "vencido", "sin_termino", "sin_vencimiento");
        all.Select(PetitionStatuses.SpanishName).Should().Equal(
            "Oportuno", "No oportuno", "A tiempo (pendiente en término)", "Vencido", "Sin término", "Sin fecha de vencimiento");
        all.Select(s => PetitionStatuses.FromCode(PetitionStatuses.Code(s))).Should().Equal(all.Cast<PetitionStatus?>());
    }

    [Fact]
    public void A_petition_with_a_term_but_no_due_date_is_bad_data_and_has_no_status_of_its_own()
    {
        PetitionStatuses.StatusAt(15, null, Due, Due).Should().Be(PetitionStatus.SinVencimiento);
        PetitionStatuses.StatusAt(null, Due, Due, Due).Should().Be(PetitionStatus.SinTermino, "a felicitación has no term whatever dates it carries");
    }
}
