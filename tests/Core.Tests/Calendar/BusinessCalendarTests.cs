using System.Diagnostics;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Core.Tests.Calendar;

public class BusinessCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly BusinessCalendar National = BusinessCalendar.National;

    [Fact]
    public void The_15th_business_day_after_wednesday_2024_03_27_is_2024_04_19() =>
        National.AddBusinessDays(D("2024-03-27"), 15).Should().Be(D("2024-04-19"));

    [Fact]
    public void Day_1_of_something_received_on_saturday_2024_03_02_is_monday_2024_03_04()
    {
        National.AddBusinessDays(D("2024-03-02"), 1).Should().Be(D("2024-03-04"));
        National.AddBusinessDays(D("2024-03-03"), 1).Should().Be(D("2024-03-04"));
    }

    [Fact]
    public void Holy_thursday_and_good_friday_are_skipped() =>
        National.AddBusinessDays(D("2024-03-27"), 1).Should().Be(D("2024-04-01"));

    [Fact]
    public void Adding_zero_business_days_returns_the_start_even_on_a_holiday() =>
        National.AddBusinessDays(D("2024-03-29"), 0).Should().Be(D("2024-03-29"));

    [Fact]
    public void Adding_a_negative_number_of_business_days_is_refused() =>
        FluentActions.Invoking(() => National.AddBusinessDays(D("2024-03-27"), -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("El número de días hábiles no puede ser negativo*");

    [Theory]
    [InlineData("2024-03-27", true)]  // Wednesday
    [InlineData("2024-03-28", false)] // Jueves Santo
    [InlineData("2024-03-30", false)] // Saturday
    [InlineData("2024-03-31", false)] // Sunday
    [InlineData("2024-03-25", false)] // San José, moved
    [InlineData("2024-03-19", true)]  // San José's own date, worked since the holiday moved
    public void A_business_day_is_a_weekday_that_is_not_a_holiday(string date, bool expected) =>
        National.IsBusinessDay(D(date)).Should().Be(expected);

    [Fact]
    public void Year_2024_has_246_national_business_days() =>
        National.BusinessDaysBetween(D("2023-12-31"), D("2024-12-31")).Should().Be(246);

    [Fact]
    public void Business_days_between_count_the_days_after_the_first_up_to_and_including_the_second()
    {
        National.BusinessDaysBetween(D("2024-03-27"), D("2024-04-19")).Should().Be(15);
        National.BusinessDaysBetween(D("2024-03-27"), D("2024-03-27")).Should().Be(0);
        National.BusinessDaysBetween(D("2024-03-27"), D("2024-03-31")).Should().Be(0);
        National.BusinessDaysBetween(D("2024-03-26"), D("2024-03-27")).Should().Be(1);
    }

    [Fact]
    public void Business_days_between_dates_in_reverse_order_is_minus_the_count_the_other_way() =>
        National.BusinessDaysBetween(D("2024-04-19"), D("2024-03-27")).Should().Be(-15);

    [Fact]
    public void Extra_non_working_days_on_2024_03_26_and_27_push_a_due_date_by_two_business_days()
    {
        var alcaldia = new BusinessCalendar([D("2024-03-26"), D("2024-03-27")]);

        National.AddBusinessDays(D("2024-03-22"), 15).Should().Be(D("2024-04-17"));
        alcaldia.AddBusinessDays(D("2024-03-22"), 15).Should().Be(D("2024-04-19"));
        alcaldia.IsBusinessDay(D("2024-03-26")).Should().BeFalse();
        alcaldia.BusinessDaysBetween(D("2024-03-22"), D("2024-04-19")).Should().Be(15);
    }

    [Fact]
    public void Extra_non_working_days_are_kept_distinct_and_sorted()
    {
        var calendar = new BusinessCalendar([D("2024-03-27"), D("2024-03-26"), D("2024-03-27")]);

        calendar.ExtraNonWorkingDays.Should().Equal(D("2024-03-26"), D("2024-03-27"));
        National.ExtraNonWorkingDays.Should().BeEmpty();
    }

    [Fact]
    public void The_first_and_last_supported_days_work()
    {
        National.AddBusinessDays(D("1984-01-01"), 1).Should().Be(D("1984-01-02"));
        National.AddBusinessDays(D("2100-12-01"), 5).Should().Be(D("2100-12-09"));
        National.IsBusinessDay(D("2100-12-31")).Should().BeTrue();
    }

    [Fact]
    public void A_result_past_2100_is_refused_in_spanish() =>
        FluentActions.Invoking(() => National.AddBusinessDays(D("2100-12-20"), 30))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*fuera del calendario admitido*");

    [Theory]
    [InlineData("1983-12-31")]
    [InlineData("2101-01-01")]
    public void Dates_outside_1984_to_2100_are_refused_in_spanish(string date)
    {
        FluentActions.Invoking(() => National.IsBusinessDay(D(date)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage($"La fecha {date} está fuera*");
        FluentActions.Invoking(() => National.AddBusinessDays(D(date), 1))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => National.BusinessDaysBetween(D("2024-01-01"), D(date)))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new BusinessCalendar([D(date)]))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_hundred_thousand_due_dates_take_well_under_a_second()
    {
        var calendar = new BusinessCalendar([D("2024-03-26"), D("2024-03-27")]);
        var random = new Random(100_000);
        var first = D("2000-01-01").DayNumber;
        var filings = Enumerable.Range(0, 100_000)
            .Select(_ => DateOnly.FromDayNumber(first + random.Next(0, 365 * 30))).ToArray();

        var clock = Stopwatch.StartNew();
        var checksum = 0L;
        foreach (var filed in filings)
            checksum += calendar.AddBusinessDays(filed, 15).DayNumber;
        clock.Stop();

        checksum.Should().BeGreaterThan(0);
        // Array look-ups take a few milliseconds; the generous bound only catches a day-by-day walk on a busy machine.
        clock.ElapsedMilliseconds.Should().BeLessThan(500);
    }
}
