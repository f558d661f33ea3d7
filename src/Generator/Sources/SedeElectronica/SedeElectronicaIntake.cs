using IndicadoresServicio.Generator.Filing;
using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Sources.SedeElectronica;

/// <summary>
/// The sede electrónica only receives online, every day of the year, and numbers its radicados "SE-2025-000123":
/// they can never collide with the ventanilla única's all-digit ones.
/// </summary>
internal static class SedeElectronicaIntake
{
    private static readonly WeightedChoice<Channel> Online = new([(Channel.Virtual, 1)]);

    public static Intake Intake { get; } = new(
        "sede-electronica",
        Online,
        Online,
        ClosedDayWeight: 0.35,
        (filedOn, _, sequence) => $"SE-{filedOn.Year:D4}-{sequence:D6}");
}
