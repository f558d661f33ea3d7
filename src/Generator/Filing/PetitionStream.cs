using IndicadoresServicio.Generator.Answers;
using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Filing;

/// <summary>
/// Petitions of one source in filing order, generated one at a time so that ten million of them never sit in
/// memory together: only one day's arrival times are held, to sort them.
/// </summary>
internal static class PetitionStream
{
    public static IEnumerable<GeneratedPetition> Generate(Alcaldia alcaldia, Intake intake, long count, GenerationOptions options)
    {
        var from = options.PeriodStart;
        var to = options.PeriodEnd;
        var random = DeterministicRandom.For(options.Seed, intake.Concern);
        var weights = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
            .Select(i => FilingSeasonality.Weight(from.AddDays(i), from, alcaldia.Calendar, intake.ClosedDayWeight))
            .ToArray();
        var volumes = DailyVolumes.Split(count, weights);

        var arrivals = new List<Arrival>();
        var year = from.Year;
        var sequence = 0L;
        for (var i = 0; i < volumes.Length; i++)
        {
            var day = from.AddDays(i);
            if (day.Year != year)
            {
                year = day.Year;
                sequence = 0;
            }

            var channels = alcaldia.Calendar.IsBusinessDay(day) ? intake.OpenDayChannels : intake.ClosedDayChannels;
            arrivals.Clear();
            for (var k = 0L; k < volumes[i]; k++)
            {
                var channel = channels.Pick(random);
                arrivals.Add(new Arrival(FilingClock.MinuteOfDay(channel, random), channel));
            }
            // Radicados are numbered in arrival order, as a document system stamps them.
            arrivals.Sort();

            foreach (var arrival in arrivals)
                yield return Petition(day, arrival, ++sequence, alcaldia, intake, options.PeriodEnd, random);
        }
    }

    private static GeneratedPetition Petition(
        DateOnly day, Arrival arrival, long sequence, Alcaldia alcaldia, Intake intake, DateOnly cutOff,
        DeterministicRandom random)
    {
        var dependency = alcaldia.DependencyChoice.Pick(random);
        var type = IntakeMix.Types.Pick(random);
        var topic = alcaldia.Topics.Pick(dependency, random);
        var petitioner = IntakeMix.Petitioner(type, random);
        var sourceDueOn = DueDates.DueOn(alcaldia.SourceCalendar, type, day);
        var answer = AnswerModel.Decide(type, day, dependency, alcaldia.Calendar, cutOff, random);

        return new GeneratedPetition(
            intake.Radicado(day, dependency, sequence),
            day.ToDateTime(new TimeOnly(arrival.MinuteOfDay / 60, arrival.MinuteOfDay % 60)),
            type,
            arrival.Channel,
            dependency.Name,
            topic,
            answer.AnsweredOn,
            answer.ExtensionDays,
            sourceDueOn,
            answer.Transferred,
            petitioner);
    }

    private readonly record struct Arrival(int MinuteOfDay, Channel Channel) : IComparable<Arrival>
    {
        public int CompareTo(Arrival other)
        {
            var byTime = MinuteOfDay.CompareTo(other.MinuteOfDay);
            return byTime != 0 ? byTime : Channel.CompareTo(other.Channel);
        }
    }
}
