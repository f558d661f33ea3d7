using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Generator.Tests;

[Collection(GeneratedMunicipalityCollection.Name)]
public sealed class FilingCalendarTests(GeneratedMunicipality municipality)
{
    private IReadOnlyList<GeneratedPetition> Petitions => municipality.Petitions;

    /// <summary>Mean petitions per entity business day among the days the filter keeps.</summary>
    private double MeanPerBusinessDay(Func<DateOnly, bool> which)
    {
        var from = municipality.Summary.From;
        var days = Enumerable.Range(0, municipality.Summary.To.DayNumber - from.DayNumber + 1)
            .Select(from.AddDays)
            .Where(d => municipality.Calendar.IsBusinessDay(d) && which(d))
            .ToHashSet();
        return Petitions.Count(p => days.Contains(p.FiledOn)) / (double)days.Count;
    }

    [Fact]
    public void Counters_mail_rooms_and_phones_take_no_petition_on_a_day_the_office_is_closed()
    {
        var needingOffice = Petitions.Where(p => p.Channel is Channel.Presencial or Channel.Escrito or Channel.Telefonico).ToArray();

        needingOffice.Should().NotBeEmpty();
        needingOffice.Should().OnlyContain(p => municipality.Calendar.IsBusinessDay(p.FiledOn));
        needingOffice.Should().NotContain(p => ColombianHolidays.IsHoliday(p.FiledOn), "a national holiday closes the counters");
    }

    [Fact]
    public void Online_channels_also_receive_on_weekends_holidays_and_closure_days()
    {
        var closed = Petitions.Where(p => !municipality.Calendar.IsBusinessDay(p.FiledOn)).ToArray();

        closed.Should().Contain(p => p.FiledOn.DayOfWeek == DayOfWeek.Sunday);
        closed.Should().Contain(p => ColombianHolidays.IsHoliday(p.FiledOn));
        closed.Should().Contain(p => municipality.Summary.NonWorkingDays.Contains(p.FiledOn));
        closed.Select(p => p.Channel).Distinct().Should().BeEquivalentTo([Channel.Virtual, Channel.Correo, Channel.Redes]);
        (closed.Length / (double)Petitions.Count).Should().BeInRange(0.02, 0.12);
    }

    [Fact]
    public void Mondays_are_busier_than_fridays()
    {
        var mondays = MeanPerBusinessDay(d => d.DayOfWeek == DayOfWeek.Monday);
        var fridays = MeanPerBusinessDay(d => d.DayOfWeek == DayOfWeek.Friday);

        (mondays / fridays).Should().BeGreaterThan(1.25);
    }

    [Fact]
    public void The_tuesday_after_a_holiday_monday_is_busier_than_an_ordinary_tuesday()
    {
        var afterHoliday = MeanPerBusinessDay(d => d.DayOfWeek == DayOfWeek.Tuesday && ColombianHolidays.IsHoliday(d.AddDays(-1)));
        var ordinary = MeanPerBusinessDay(d => d.DayOfWeek == DayOfWeek.Tuesday && municipality.Calendar.IsBusinessDay(d.AddDays(-1)));

        (afterHoliday / ordinary).Should().BeGreaterThan(1.1);
    }

    [Fact]
    public void January_is_busier_than_late_december()
    {
        var january = MeanPerBusinessDay(d => d is { Month: 1, Day: >= 10 });
        var lateDecember = MeanPerBusinessDay(d => d is { Month: 12, Day: >= 16 });

        (january / lateDecember).Should().BeGreaterThan(2);
    }

    [Fact]
    public void Holy_week_is_quiet()
    {
        // Its only business days are Mondays (Tuesday and Wednesday are closed by decree): compare with Mondays.
        static bool InHolyWeek(DateOnly d)
        {
            var holyThursday = ColombianHolidays.For(d.Year).Single(h => h.Name == "Jueves Santo").Date;
            return d >= holyThursday.AddDays(-3) && d < holyThursday;
        }

        var holyWeek = MeanPerBusinessDay(InHolyWeek);
        var ordinaryMondays = MeanPerBusinessDay(d => d.DayOfWeek == DayOfWeek.Monday && d.Month is 5 or 8 or 9 or 10);

        (holyWeek / ordinaryMondays).Should().BeLessThan(0.8);
    }

    [Fact]
    public void Volume_grows_slowly_from_one_year_to_the_next()
    {
        var from = municipality.Summary.From;
        var firstYear = Petitions.Count(p => p.FiledOn < from.AddYears(1));
        var lastYear = Petitions.Count(p => p.FiledOn >= from.AddYears(2));

        ((double)lastYear / firstYear).Should().BeInRange(1.06, 1.20);
    }

    [Fact]
    public void Filings_span_the_whole_period_and_nothing_beyond()
    {
        Petitions.Min(p => p.FiledOn).Should().Be(new DateOnly(2023, 11, 1));
        Petitions.Max(p => p.FiledOn).Should().Be(new DateOnly(2026, 10, 31), "web forms take petitions on Saturdays too");
    }
}
