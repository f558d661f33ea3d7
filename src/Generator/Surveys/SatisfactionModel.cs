using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>
/// How satisfied a citizen is after an answer: each dependency's habits set how often its answers please (prompt
/// offices most, chronically late ones least), and an answer given after its due date costs thirty points more.
/// The demo's Satisfacción page then shows both: dependencies that differ, and on-time answers that matter.
/// </summary>
internal static class SatisfactionModel
{
    /// <summary>The chance that the citizen picks one of the top two boxes of a five-point question.</summary>
    public static double TopTwoChance(ResponseHabit habit, bool late)
    {
        var chance = habit.Pace switch
        {
            ResponsePace.Prompt => 0.90,
            ResponsePace.Steady => 0.82,
            _ => 0.76,
        } - habit.LateShare;
        return Math.Clamp(late ? chance - 0.30 : chance, 0.05, 0.98);
    }

    /// <summary>Points 1-5: 5 or 4 with the top-two chance, else 3, 2 or 1.</summary>
    public static int Rating(DeterministicRandom random, double topTwo) =>
        random.Chance(topTwo) ? (random.Chance(0.6) ? 5 : 4) : random.NextDouble() switch { < 0.5 => 3, < 0.8 => 2, _ => 1 };

    /// <summary>A second five-point question (clarity, kindness): close to the overall rating, a point either way.</summary>
    public static int Nearby(DeterministicRandom random, int rating) => Math.Clamp(rating + random.Between(-1, 1), 1, 5);

    /// <summary>0-10 for "would you recommend us", following the rating given.</summary>
    public static int Recommendation(DeterministicRandom random, int rating) => rating switch
    {
        5 => random.Between(8, 10),
        4 => random.Between(7, 10),
        3 => random.Between(4, 8),
        _ => random.Between(0, 6),
    };
}
