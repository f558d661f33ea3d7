using IndicadoresServicio.Etl.Paac;

namespace IndicadoresServicio.Etl.Tests.Paac;

public sealed class ScheduledDateTests
{
    [Theory]
    [InlineData("30/06/2024", "2024-06-30")]
    [InlineData("2024-06-30 00:00:00", "2024-06-30")]
    [InlineData("junio de 2024", "2024-06-30")]
    [InlineData("Junio 2024", "2024-06-30")]
    [InlineData("Febrero", "2024-02-29")]
    [InlineData("Vigencia 2024", "2024-12-31")]
    [InlineData("Primer semestre", "2024-06-30")]
    [InlineData("Segundo semestre de 2024", "2024-12-31")]
    [InlineData("Segundo cuatrimestre", "2024-08-31")]
    [InlineData("Enero a noviembre de 2024", "2024-11-30")]
    [InlineData("01/02/2024 - 30/09/2024", "2024-09-30")]
    [InlineData("15 de julio de 2024", "2024-07-15")]
    public void A_scheduled_date_written_as_people_write_it_falls_due_on_the_day_the_contract_says(string text, string due)
    {
        var date = ScheduledDate.Parse(text, 2024);

        date.Due.Should().Be(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        date.Recurring.Should().BeFalse();
        date.Understood.Should().BeTrue();
    }

    [Theory]
    [InlineData("Permanente")]
    [InlineData("Cuatrimestral")]
    [InlineData("Mensual")]
    [InlineData("Trimestral")]
    [InlineData("Semestral")]
    public void Recurring_wording_is_due_at_every_cut_off(string text)
    {
        var date = ScheduledDate.Parse(text, 2024);

        date.Recurring.Should().BeTrue();
        date.Due.Should().BeNull();
    }

    [Fact]
    public void A_blank_or_unreadable_date_falls_due_at_the_end_of_the_vigencia_and_is_reported()
    {
        ScheduledDate.Parse(null, 2024).Should().Be(new ScheduledDate(new DateOnly(2024, 12, 31), false, false));
        ScheduledDate.Parse("cuando haya presupuesto", 2024).Understood.Should().BeFalse();
    }
}
