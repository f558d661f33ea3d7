using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Answers;

/// <summary>
/// Decides how a dependency handles a petition, counting in business days on the entity's real calendar and with
/// the legal term of the filing date (so petitions filed under Decreto 491 de 2020 get its longer terms): a
/// traslado within the five days of art. 21, an extension (now and then beyond the 2N the law allows), an answer on
/// time in the dependency's own pace or late, or none at all. Answers after the cut-off are not known yet.
/// </summary>
internal static class AnswerModel
{
    private const double TransferShare = 0.031;
    private const double InvalidExtensionShare = 0.06;
    private const double AnsweredFelicitacionShare = 0.65;
    private const double LateTransferShare = 0.08;
    private const double MeanLateness = 5.0;
    private const int MaxLateness = 45;

    public static Answer Decide(
        PetitionType type, DateOnly filedOn, Dependency dependency, BusinessCalendar calendar, DateOnly cutOff,
        DeterministicRandom random)
    {
        if (LegalTerms.TermDays(type, filedOn) is not { } term)
            return new(random.Chance(AnsweredFelicitacionShare) ? Known(filedOn, random.Between(1, 10)) : null, null, false);

        if (random.Chance(TransferShare))
        {
            var transferDays = random.Chance(LateTransferShare) ? random.Between(6, 10) : random.Between(1, 5);
            return new(Known(filedOn, transferDays), null, true);
        }

        var habit = dependency.Habit;
        var extension = random.Chance(habit.ExtensionShare) ? ExtensionDays(term, random) : (int?)null;
        // An extension is notified shortly before the term runs out; at the cut-off it may not exist yet.
        if (extension is not null && calendar.AddBusinessDays(filedOn, term - 2) > cutOff)
            extension = null;
        if (random.Chance(habit.LostShare))
            return new(null, extension, false);

        // The dependency plans on the term it believes it has, even when its extension exceeds what the law allows.
        var planned = term + (extension ?? 0);
        var days = random.Chance(habit.LateShare)
            ? planned + Lateness(random)
            : OnTimeDays(habit.Pace, planned, random);
        return new(Known(filedOn, days), extension, false);

        DateOnly? Known(DateOnly filed, int businessDays)
        {
            var answered = calendar.AddBusinessDays(filed, businessDays);
            return answered <= cutOff ? answered : null;
        }
    }

    /// <summary>Usually between a third of the term and the full term; a few beyond it, which the law forbids.</summary>
    private static int ExtensionDays(int term, DeterministicRandom random) =>
        random.Chance(InvalidExtensionShare)
            ? term + random.Between(1, Math.Max(2, term / 3))
            : random.Between(Math.Max(1, term / 3), term);

    private static int OnTimeDays(ResponsePace pace, int term, DeterministicRandom random) => pace switch
    {
        ResponsePace.Prompt => Math.Min(term, random.Chance(0.15) ? random.Between(1, 4) : random.Between(5, 8)),
        ResponsePace.Steady => Math.Max(1, (int)Math.Round(term * (0.33 + 0.67 * random.NextDouble()))),
        _ => term - AtTheLimitMargin(random),
    };

    // On the due date itself four times in ten, otherwise a day or a few before.
    private static int AtTheLimitMargin(DeterministicRandom random)
    {
        var u = random.NextDouble();
        return u < 0.40 ? 0 : u < 0.65 ? 1 : u < 0.80 ? 2 : random.Between(3, 5);
    }

    // Mostly a few days; a long tail of forgotten ones.
    private static int Lateness(DeterministicRandom random) =>
        Math.Min(MaxLateness, 1 + (int)(-Math.Log(1 - random.NextDouble()) * MeanLateness));
}
