namespace IndicadoresServicio.Generator.Municipality;

/// <summary>A dependency's answering habits; together they set its share of late, extended and forgotten petitions.</summary>
/// <param name="LateShare">Answered after the (possibly extended) due date.</param>
/// <param name="ExtensionShare">Petitions with a term whose term gets extended (prórroga).</param>
/// <param name="LostShare">Petitions nobody ever answers: they stay open and overdue in every export.</param>
internal sealed record ResponseHabit(ResponsePace Pace, double LateShare, double ExtensionShare, double LostShare)
{
    public static readonly ResponseHabit Prompt = new(ResponsePace.Prompt, 0.03, 0.01, 0.001);
    public static readonly ResponseHabit Steady = new(ResponsePace.Steady, 0.07, 0.03, 0.002);
    public static readonly ResponseHabit AtTheLimit = new(ResponsePace.AtTheLimit, 0.10, 0.05, 0.003);

    /// <summary>Technical answers (licences, legal opinions) that routinely need the extension.</summary>
    public static readonly ResponseHabit ExtensionHeavy = new(ResponsePace.AtTheLimit, 0.08, 0.20, 0.003);

    /// <summary>Understaffed, overloaded: a quarter of its answers come late and some never come.</summary>
    public static readonly ResponseHabit ChronicallyLate = new(ResponsePace.AtTheLimit, 0.24, 0.08, 0.012);
}
