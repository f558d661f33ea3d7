using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Filing;

/// <summary>
/// The minute of the day a petition arrives: counters and the mail room take them in office hours (7:30-12:00 and
/// 14:00-17:00, busier in the morning); web forms, e-mail and social networks at any hour, mostly by day.
/// </summary>
internal static class FilingClock
{
    // Relative arrivals per hour for the channels that never close.
    private static readonly WeightedChoice<int> OnlineHour = new(
        new double[] { 0.3, 0.2, 0.1, 0.1, 0.2, 0.5, 1.5, 3.5, 6, 7, 7, 6.5, 5, 5.5, 6, 6, 5.5, 4.5, 3.5, 3, 2.8, 2.2, 1.5, 0.8 }
            .Select((weight, hour) => (hour, weight)));

    public static int MinuteOfDay(Channel channel, DeterministicRandom random)
    {
        if (!Channels.NeedsOpenOffice(channel))
            return OnlineHour.Pick(random) * 60 + random.Next(60);
        if (channel == Channel.Telefonico)
            return 7 * 60 + random.Next(10 * 60);
        // Two morning arrivals for every afternoon one.
        return random.Chance(2.0 / 3)
            ? 7 * 60 + 30 + random.Next(270)
            : 14 * 60 + random.Next(180);
    }
}
