using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Generator.Municipality;

/// <summary>
/// The entity being simulated: its dependencies, its closure days and the two calendars that follow from them,
/// the real one (the law's, what the ETL computes from the profile) and the one its document system uses.
/// </summary>
internal sealed class Alcaldia
{
    private Alcaldia(string name, ClosureDays closures)
    {
        Name = name;
        Closures = closures;
        Calendar = new BusinessCalendar(closures.Days);
        SourceCalendar = closures.ForgottenBySource is { } forgotten
            ? new BusinessCalendar(closures.Days.Where(d => d != forgotten))
            : Calendar;
        DependencyChoice = new WeightedChoice<Dependency>(Dependencies.All.Select(d => (d, d.Weight)));
        Topics = new TopicChoices(Dependencies.All);
    }

    public static Alcaldia For(GenerationOptions options) =>
        new(options.EntityName, ClosureDays.For(options.PeriodStart, options.PeriodEnd, options.Seed));

    public string Name { get; }

    public ClosureDays Closures { get; }

    /// <summary>Weekends, national holidays and every closure day.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The document system's calendar: it missed one closure day.</summary>
    public BusinessCalendar SourceCalendar { get; }

    public WeightedChoice<Dependency> DependencyChoice { get; }

    public TopicChoices Topics { get; }
}
