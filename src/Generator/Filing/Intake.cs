using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Filing;

/// <summary>How one source system takes petitions in: through which channels, and how it numbers them.</summary>
/// <param name="Concern">Names the source's own random stream, so two sources never share draws.</param>
/// <param name="OpenDayChannels">Channel mix on the entity's business days.</param>
/// <param name="ClosedDayChannels">Channel mix on weekends, holidays and closures: only channels that never close.</param>
/// <param name="ClosedDayWeight">A closed day's volume relative to an ordinary Wednesday.</param>
/// <param name="Radicado">Filing number from the filing date, the dependency and the sequence within the year.</param>
internal sealed record Intake(
    string Concern,
    WeightedChoice<Channel> OpenDayChannels,
    WeightedChoice<Channel> ClosedDayChannels,
    double ClosedDayWeight,
    Func<DateOnly, Dependency, long, string> Radicado);
