using IndicadoresServicio.Generator.Filing;
using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Sources.VentanillaUnica;

/// <summary>
/// The ventanilla única receives through every channel: counter and mail room on business days, web, e-mail and
/// social networks every day. Radicados follow Orfeo's shape: year, dependency code, yearly sequence, and a final 2
/// for incoming mail.
/// </summary>
internal static class VentanillaUnicaIntake
{
    public static Intake Intake { get; } = new(
        "ventanilla-unica",
        new WeightedChoice<Channel>(
        [
            (Channel.Virtual, 34),
            (Channel.Presencial, 28),
            (Channel.Correo, 20),
            (Channel.Escrito, 10),
            (Channel.Telefonico, 6),
            (Channel.Redes, 2),
        ]),
        new WeightedChoice<Channel>([(Channel.Virtual, 60), (Channel.Correo, 32), (Channel.Redes, 8)]),
        ClosedDayWeight: 0.14,
        (filedOn, dependency, sequence) => $"{filedOn.Year:D4}{dependency.Code:D3}{sequence:D7}2");
}
