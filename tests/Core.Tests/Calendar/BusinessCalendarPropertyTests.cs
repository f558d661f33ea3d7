using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Core.Tests.Calendar;

/// <summary>
/// Properties checked over tens of thousands of random dates in 1984-2100 with a fixed seed, so a failure
/// reproduces. The reference is a plain day-by-day walk written from the contract, independent of the index.
/// </summary>
public class BusinessCalendarPropertyTests
{
    private const int Samples = 30_000;
    private static readonly int FirstDay = new DateOnly(1984, 1, 1).DayNumber;
    // Leaves room for 40 days plus 70 business days after the last sampled date.
    private static readonly int LastSampledDay = new DateOnly(2100, 6, 30).DayNumber;

    private static DateOnly RandomDate(Random random) =>
        DateOnly.FromDayNumber(random.Next(FirstDay, LastSampledDay + 1));

    private static BusinessCalendar RandomEntityCalendar(Random random, out HashSet<DateOnly> closed)
    {
        closed = Enumerable.Range(0, 3_000).Select(_ => RandomDate(random)).ToHashSet();
        return new BusinessCalendar(closed);
    }

    private static bool IsBusinessDayByHand(DateOnly d, IReadOnlySet<DateOnly> extra) =>
        d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !ColombianHolidays.For(d.Year).Any(h => h.Date == d)
        && !extra.Contains(d);

    private static DateOnly AddBusinessDaysByHand(DateOnly start, int n, IReadOnlySet<DateOnly> extra)
    {
        var d = start;
        while (n > 0)
        {
            d = d.AddDays(1);
            if (IsBusinessDayByHand(d, extra))
                n--;
        }
        return d;
    }

    [Fact]
    public void Adding_business_days_agrees_with_a_day_by_day_walk()
    {
        var random = new Random(1755);
        var calendar = RandomEntityCalendar(random, out var closed);

        for (var i = 0; i < Samples; i++)
        {
            var start = RandomDate(random);
            var n = random.Next(0, 71);
            calendar.AddBusinessDays(start, n).Should().Be(AddBusinessDaysByHand(start, n, closed), $"{start} + {n}");
            calendar.IsBusinessDay(start).Should().Be(IsBusinessDayByHand(start, closed), $"{start}");
        }
    }

    [Fact]
    public void A_due_date_is_always_a_business_day_after_the_filing_date()
    {
        var random = new Random(2015);
        int[] terms = [10, 15, 20, 30, 35, 60, 70];

        for (var i = 0; i < Samples; i++)
        {
            var filed = RandomDate(random);
            var due = BusinessCalendar.National.AddBusinessDays(filed, terms[random.Next(terms.Length)]);

            due.Should().BeAfter(filed);
            BusinessCalendar.National.IsBusinessDay(due).Should().BeTrue($"{due} is a due date");
        }
    }

    [Fact]
    public void Business_days_between_a_date_and_n_business_days_later_is_n()
    {
        var random = new Random(491);
        var calendar = RandomEntityCalendar(random, out _);

        for (var i = 0; i < Samples; i++)
        {
            var start = RandomDate(random);
            var n = random.Next(0, 71);
            var end = calendar.AddBusinessDays(start, n);

            calendar.BusinessDaysBetween(start, end).Should().Be(n, $"{start} + {n}");
            calendar.BusinessDaysBetween(end, start).Should().Be(-n);
        }
    }

    [Fact]
    public void Adding_business_days_is_monotonic_in_the_start_and_in_the_count()
    {
        var random = new Random(51);
        var calendar = BusinessCalendar.National;

        for (var i = 0; i < Samples; i++)
        {
            var earlier = RandomDate(random);
            var later = earlier.AddDays(random.Next(0, 40));
            var n = random.Next(1, 70);

            calendar.AddBusinessDays(later, n).Should().BeOnOrAfter(calendar.AddBusinessDays(earlier, n));
            calendar.AddBusinessDays(earlier, n + 1).Should().BeAfter(calendar.AddBusinessDays(earlier, n));
        }
    }

    [Fact]
    public void A_calendar_with_extra_non_working_days_is_never_earlier_than_the_national_one()
    {
        var random = new Random(1712);
        var calendar = RandomEntityCalendar(random, out _);
        var laterSomewhere = false;

        for (var i = 0; i < Samples; i++)
        {
            var filed = RandomDate(random);
            var n = random.Next(1, 71);
            var entityDue = calendar.AddBusinessDays(filed, n);
            var nationalDue = BusinessCalendar.National.AddBusinessDays(filed, n);

            entityDue.Should().BeOnOrAfter(nationalDue);
            laterSomewhere |= entityDue > nationalDue;
        }

        laterSomewhere.Should().BeTrue("3,000 closed days must push some due dates");
    }
}
