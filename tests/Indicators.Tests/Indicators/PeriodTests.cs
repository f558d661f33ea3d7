using IndicadoresServicio.Indicators.Measurement;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024-01-01", "2024-06-30", "2023-07-01", "2023-12-31")]   // a semester: the semester before
    [InlineData("2024-03-01", "2024-03-31", "2024-02-01", "2024-02-29")]   // a month: the month before, leap year
    [InlineData("2024-01-01", "2024-12-31", "2023-01-01", "2023-12-31")]   // a year
    [InlineData("2024-03-31", "2024-03-31", "2024-03-30", "2024-03-30")]   // one day (a month's last, not its first)
    [InlineData("2024-03-10", "2024-03-16", "2024-03-03", "2024-03-09")]   // a week: seven days before
    [InlineData("2024-03-01", "2024-03-15", "2024-02-15", "2024-02-29")]   // half a month: fifteen days before
    public void The_previous_period_has_the_same_length_and_ends_the_day_before(string from, string to, string previousFrom, string previousTo)
    {
        var previous = Period.Of(D(from), D(to)).Previous();

        previous.Should().Be(Period.Of(D(previousFrom), D(previousTo)));
    }

    [Fact]
    public void The_previous_cut_off_is_as_far_after_its_period_as_the_cut_off_is()
    {
        var request = new MeasurementRequest(Period.Of(D("2024-01-01"), D("2024-06-30")), D("2024-07-15"));

        request.PreviousPeriod.Should().Be(Period.Of(D("2023-07-01"), D("2023-12-31")));
        request.PreviousCutOff.Should().Be(D("2024-01-15"));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_in_spanish()
    {
        var act = () => Period.Of(D("2024-06-30"), D("2024-01-01"));

        act.Should().Throw<MeasurementException>().WithMessage("El periodo empieza (2024-06-30) después de terminar (2024-01-01).");
    }
}
