using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Core.Tests.Calendar;

public class ColombianHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_2024_holidays_are_the_eighteen_dates_of_the_contract()
    {
        string[] contract =
        [
            "2024-01-01", "2024-01-08", "2024-03-25", "2024-03-28", "2024-03-29", "2024-05-01", "2024-05-13",
            "2024-06-03", "2024-06-10", "2024-07-01", "2024-07-20", "2024-08-07", "2024-08-19", "2024-10-14",
            "2024-11-04", "2024-11-11", "2024-12-08", "2024-12-25",
        ];

        ColombianHolidays.For(2024).Select(h => h.Date).Should().Equal(contract.Select(D));
    }

    [Fact]
    public void The_2024_holidays_carry_their_spanish_names_in_date_order()
    {
        ColombianHolidays.For(2024).Select(h => h.Name).Should().Equal(
            "Año Nuevo", "Día de los Reyes Magos", "Día de San José", "Jueves Santo", "Viernes Santo",
            "Día del Trabajo", "Ascensión del Señor", "Corpus Christi", "Sagrado Corazón", "San Pedro y San Pablo",
            "Día de la Independencia", "Batalla de Boyacá", "Asunción de la Virgen", "Día de la Raza",
            "Todos los Santos", "Independencia de Cartagena", "Inmaculada Concepción", "Navidad");
    }

    [Fact]
    public void On_2025_06_30_san_pedro_and_sagrado_corazon_share_one_entry_so_2025_has_17_dates()
    {
        var holidays = ColombianHolidays.For(2025);

        holidays.Should().HaveCount(17);
        holidays.Where(h => h.Date == D("2025-06-30")).Should().ContainSingle()
            .Which.Name.Should().Be("San Pedro y San Pablo y Sagrado Corazón");
        ColombianHolidays.NameOf(D("2025-06-30")).Should().Be("San Pedro y San Pablo y Sagrado Corazón");
    }

    [Fact]
    public void The_2025_holidays_are_the_published_ones()
    {
        string[] published =
        [
            "2025-01-01", "2025-01-06", "2025-03-24", "2025-04-17", "2025-04-18", "2025-05-01", "2025-06-02",
            "2025-06-23", "2025-06-30", "2025-07-20", "2025-08-07", "2025-08-18", "2025-10-13", "2025-11-03",
            "2025-11-17", "2025-12-08", "2025-12-25",
        ];

        ColombianHolidays.For(2025).Select(h => h.Date).Should().Equal(published.Select(D));
    }

    [Fact]
    public void The_2026_holidays_are_eighteen_with_the_emiliani_moves()
    {
        string[] published =
        [
            "2026-01-01", "2026-01-12", "2026-03-23", "2026-04-02", "2026-04-03", "2026-05-01", "2026-05-18",
            "2026-06-08", "2026-06-15", "2026-06-29", "2026-07-20", "2026-08-07", "2026-08-17", "2026-10-12",
            "2026-11-02", "2026-11-16", "2026-12-08", "2026-12-25",
        ];

        ColombianHolidays.For(2026).Select(h => h.Date).Should().Equal(published.Select(D));
    }

    [Theory]
    [InlineData("1984-04-22")]
    [InlineData("2000-04-23")]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-20")]
    [InlineData("2026-04-05")]
    [InlineData("2038-04-25")] // the latest possible Easter
    [InlineData("2100-03-28")]
    public void Holy_thursday_and_good_friday_fall_three_and_two_days_before_easter(string easterSunday)
    {
        var easter = D(easterSunday);

        ColombianHolidays.NameOf(easter.AddDays(-3)).Should().Be("Jueves Santo");
        ColombianHolidays.NameOf(easter.AddDays(-2)).Should().Be("Viernes Santo");
        ColombianHolidays.NameOf(easter).Should().BeNull();
        ColombianHolidays.NameOf(easter.AddDays(43)).Should().Be("Ascensión del Señor");
    }

    [Theory]
    [InlineData("2024-01-06", "2024-01-08")] // Saturday moves to Monday
    [InlineData("2024-03-19", "2024-03-25")] // Tuesday moves to the next Monday
    [InlineData("2024-06-29", "2024-07-01")]
    [InlineData("2025-11-11", "2025-11-17")]
    [InlineData("2026-10-12", "2026-10-12")] // already a Monday: stays
    [InlineData("2026-11-01", "2026-11-02")] // Sunday moves to the next day
    public void Emiliani_feasts_are_observed_on_the_following_monday(string feast, string observed)
    {
        ColombianHolidays.IsHoliday(D(observed)).Should().BeTrue();
        D(observed).DayOfWeek.Should().Be(DayOfWeek.Monday);
        if (feast != observed)
            ColombianHolidays.IsHoliday(D(feast)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2022-01-01", "Año Nuevo")] // Saturday: fixed holidays are never moved
    [InlineData("2024-12-25", "Navidad")]
    [InlineData("2021-07-20", "Día de la Independencia")]
    public void Fixed_holidays_stay_on_their_date_whatever_the_weekday(string date, string name)
    {
        ColombianHolidays.NameOf(D(date)).Should().Be(name);
        ColombianHolidays.NameOf(D(date).AddDays(1)).Should().BeNull();
    }

    [Fact]
    public void An_ordinary_working_day_is_not_a_holiday()
    {
        ColombianHolidays.IsHoliday(D("2024-03-27")).Should().BeFalse();
        ColombianHolidays.NameOf(D("2024-03-27")).Should().BeNull();
    }

    [Theory]
    [InlineData(1983)]
    [InlineData(2101)]
    public void Years_outside_1984_to_2100_are_refused_in_spanish(int year)
    {
        FluentActions.Invoking(() => ColombianHolidays.For(year))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage($"El año {year} está fuera*");
    }

    [Fact]
    public void Dates_outside_the_supported_range_are_refused() =>
        FluentActions.Invoking(() => ColombianHolidays.IsHoliday(D("1983-12-31")))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("La fecha 1983-12-31 está fuera*");

    [Fact]
    public void The_supported_range_is_1984_to_2100()
    {
        ColombianHolidays.FirstYear.Should().Be(1984);
        ColombianHolidays.LastYear.Should().Be(2100);
        ColombianHolidays.For(1984).Should().HaveCount(17);
        ColombianHolidays.For(2100).Should().HaveCount(18);
    }

    [Fact]
    public void The_list_of_a_year_cannot_be_changed_by_a_caller()
    {
        var holidays = ColombianHolidays.For(2024);

        holidays.Should().NotBeAssignableTo<Holiday[]>();
        holidays.Should().BeSameAs(ColombianHolidays.For(2024), "each year is computed once and cached");
    }

    private const string SharedMonday = "San Pedro y San Pablo y Sagrado Corazón";

    private static readonly string[] AllFeasts =
    [
        "Año Nuevo", "Día de los Reyes Magos", "Día de San José", "Jueves Santo", "Viernes Santo", "Día del Trabajo",
        "Ascensión del Señor", "Corpus Christi", "Sagrado Corazón", "San Pedro y San Pablo", "Día de la Independencia",
        "Batalla de Boyacá", "Asunción de la Virgen", "Día de la Raza", "Todos los Santos",
        "Independencia de Cartagena", "Inmaculada Concepción", "Navidad",
    ];

    private static readonly string[] ObservedOnMonday =
    [
        "Día de los Reyes Magos", "Día de San José", "San Pedro y San Pablo", "Asunción de la Virgen",
        "Día de la Raza", "Todos los Santos", "Independencia de Cartagena", "Ascensión del Señor",
        "Corpus Christi", "Sagrado Corazón", SharedMonday,
    ];

    [Fact]
    public void Every_year_has_all_eighteen_feasts_on_17_or_18_distinct_sorted_dates_with_moved_ones_on_mondays()
    {
        for (var year = ColombianHolidays.FirstYear; year <= ColombianHolidays.LastYear; year++)
        {
            var holidays = ColombianHolidays.For(year);

            holidays.Count.Should().Be(holidays.Any(h => h.Name == SharedMonday) ? 17 : 18, $"year {year}");
            holidays.SelectMany(h => h.Name == SharedMonday ? ["San Pedro y San Pablo", "Sagrado Corazón"] : new[] { h.Name })
                .Should().BeEquivalentTo(AllFeasts, $"year {year}");
            holidays.Select(h => h.Date).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            holidays.Should().OnlyContain(h => h.Date.Year == year);
            holidays.Where(h => ObservedOnMonday.Contains(h.Name))
                .Should().OnlyContain(h => h.Date.DayOfWeek == DayOfWeek.Monday, $"year {year}");
            holidays.Single(h => h.Name == "Jueves Santo").Date.DayOfWeek.Should().Be(DayOfWeek.Thursday);
            holidays.Single(h => h.Name == "Viernes Santo").Date.DayOfWeek.Should().Be(DayOfWeek.Friday);
        }
    }

    [Fact]
    public void Only_the_years_whose_sagrado_corazon_falls_on_san_pedro_have_17_dates()
    {
        // Computed independently (another Easter implementation) for 1984-2030.
        int[] seventeenDateYears = [1984, 1987, 1992, 2000, 2003, 2011, 2014, 2019, 2025, 2030];

        Enumerable.Range(1984, 2030 - 1984 + 1).Where(year => ColombianHolidays.For(year).Count == 17)
            .Should().Equal(seventeenDateYears);
    }
}
