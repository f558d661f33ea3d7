using System.Collections.Concurrent;

namespace IndicadoresServicio.Core.Calendar;

/// <summary>
/// Colombian public holidays: the fixed ones, the ones Ley 51 de 1983 (Ley Emiliani) moves to the following
/// Monday, and the Easter-based ones.
/// </summary>
public static class ColombianHolidays
{
    public const int FirstYear = SupportedRange.FirstYear;
    public const int LastYear = SupportedRange.LastYear;

    // Holidays are asked for once per day when calendars are built, so each year is computed only once.
    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> ByYear = new();

    /// <summary>
    /// The year's holidays, one per distinct date, sorted by date. Feasts that fall on the same date (San Pedro y
    /// San Pablo and Sagrado Corazón on 2025-06-30) share one entry whose name joins theirs with " y ".
    /// </summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        SupportedRange.EnsureYear(year, nameof(year));
        return ByYear.GetOrAdd(year, Compute);
    }

    public static bool IsHoliday(DateOnly date) => NameOf(date) is not null;

    /// <summary>The holiday's name, or null when the date is not a holiday.</summary>
    public static string? NameOf(DateOnly date)
    {
        SupportedRange.EnsureDate(date, nameof(date));
        foreach (var holiday in For(date.Year))
            if (holiday.Date == date)
                return holiday.Name;
        return null;
    }

    private static IReadOnlyList<Holiday> Compute(int year)
    {
        var easter = Easter.Sunday(year);
        // Listed in the order of the law, which also decides the order of names joined on a shared date.
        Holiday[] feasts =
        [
            new(new DateOnly(year, 1, 1), "Año Nuevo"),
            new(new DateOnly(year, 5, 1), "Día del Trabajo"),
            new(new DateOnly(year, 7, 20), "Día de la Independencia"),
            new(new DateOnly(year, 8, 7), "Batalla de Boyacá"),
            new(new DateOnly(year, 12, 8), "Inmaculada Concepción"),
            new(new DateOnly(year, 12, 25), "Navidad"),
            new(easter.AddDays(-3), "Jueves Santo"),
            new(easter.AddDays(-2), "Viernes Santo"),
            new(NextMonday(new DateOnly(year, 1, 6)), "Día de los Reyes Magos"),
            new(NextMonday(new DateOnly(year, 3, 19)), "Día de San José"),
            new(NextMonday(new DateOnly(year, 6, 29)), "San Pedro y San Pablo"),
            new(NextMonday(new DateOnly(year, 8, 15)), "Asunción de la Virgen"),
            new(NextMonday(new DateOnly(year, 10, 12)), "Día de la Raza"),
            new(NextMonday(new DateOnly(year, 11, 1)), "Todos los Santos"),
            new(NextMonday(new DateOnly(year, 11, 11)), "Independencia de Cartagena"),
            // The feast days are Thursday E+39, Thursday E+60 and Friday E+68; the law observes them on the next
            // Monday, which is always E+43, E+64 and E+71.
            new(easter.AddDays(43), "Ascensión del Señor"),
            new(easter.AddDays(64), "Corpus Christi"),
            new(easter.AddDays(71), "Sagrado Corazón"),
        ];

        var distinct = feasts
            .GroupBy(feast => feast.Date)
            .Select(sameDay => new Holiday(sameDay.Key, string.Join(" y ", sameDay.Select(feast => feast.Name))))
            .OrderBy(holiday => holiday.Date)
            .ToArray();
        return Array.AsReadOnly(distinct);
    }

    /// <summary>The date itself when it is a Monday, otherwise the Monday after it (Ley 51 de 1983, art. 1).</summary>
    private static DateOnly NextMonday(DateOnly date)
    {
        var daysToMonday = ((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7;
        return date.AddDays(daysToMonday);
    }
}
