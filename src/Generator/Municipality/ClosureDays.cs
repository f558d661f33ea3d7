using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Generator.Municipality;

/// <summary>
/// The days the alcaldía closes by its own decree, beyond national holidays: Tuesday and Wednesday of Holy Week,
/// December 24 and 31 when they fall on a weekday, and a yearly día cívico. The source system knows all of them
/// but one día cívico, decreed late, which is why its due dates sometimes disagree with the law's.
/// </summary>
internal sealed record ClosureDays(IReadOnlyList<DateOnly> Days, DateOnly? ForgottenBySource)
{
    // Due dates of petitions filed at the end of the period fall up to 2N = 70 business days later.
    private const int DaysAfterPeriodThatDueDatesReach = 150;

    public static ClosureDays For(DateOnly from, DateOnly to, int seed)
    {
        var random = DeterministicRandom.For(seed, "dias-no-habiles");
        var days = new List<DateOnly>();
        var civicDays = new List<DateOnly>();
        var lastYear = to.AddDays(DaysAfterPeriodThatDueDatesReach).Year;
        for (var year = from.Year; year <= lastYear; year++)
        {
            var holyThursday = HolyWeek.Thursday(year);
            days.Add(holyThursday.AddDays(-2));
            days.Add(holyThursday.AddDays(-1));
            foreach (var eve in new[] { new DateOnly(year, 12, 24), new DateOnly(year, 12, 31) })
                if (BusinessCalendar.National.IsBusinessDay(eve))
                    days.Add(eve);
            var civic = CivicDay(year, random);
            days.Add(civic);
            civicDays.Add(civic);
        }

        var sorted = days.Distinct().Order().ToArray();
        return new(Array.AsReadOnly(sorted), Forgotten(civicDays, from, to));
    }

    /// <summary>A business day between June and October: the municipality's anniversary, a sports final...</summary>
    private static DateOnly CivicDay(int year, DeterministicRandom random)
    {
        while (true)
        {
            var day = new DateOnly(year, 6, 1).AddDays(random.Next(153));
            if (BusinessCalendar.National.IsBusinessDay(day))
                return day;
        }
    }

    /// <summary>
    /// The día cívico nearest the middle of the period, so that the petitions whose terms span it (a small share,
    /// filed in the three to six weeks before it) carry a source due date one business day early.
    /// </summary>
    private static DateOnly? Forgotten(IEnumerable<DateOnly> civicDays, DateOnly from, DateOnly to)
    {
        var middle = from.AddDays((to.DayNumber - from.DayNumber) / 2);
        var inPeriod = civicDays.Where(d => d > from && d <= to).ToArray();
        return inPeriod.Length == 0
            ? null
            : inPeriod.MinBy(d => Math.Abs(d.DayNumber - middle.DayNumber));
    }
}
