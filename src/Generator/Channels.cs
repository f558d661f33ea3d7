using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator;

/// <summary>The generator's channels with their canonical codes (<see cref="ReceptionChannels"/>).</summary>
public static class Channels
{
    public static IReadOnlyList<Channel> All { get; } = Array.AsReadOnly(Enum.GetValues<Channel>());

    public static string Code(Channel channel) => channel switch
    {
        Channel.Presencial => ReceptionChannels.Presencial.Code,
        Channel.Telefonico => ReceptionChannels.Telefonico.Code,
        Channel.Virtual => ReceptionChannels.Virtual.Code,
        Channel.Correo => ReceptionChannels.Correo.Code,
        Channel.Escrito => ReceptionChannels.Escrito.Code,
        Channel.Redes => ReceptionChannels.Redes.Code,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), $"Canal desconocido ({(int)channel})."),
    };

    /// <summary>
    /// Whether the channel needs the office open: a counter, a mail room or a call centre only take petitions on
    /// the entity's business days, while web forms, e-mail and social networks receive them any day.
    /// </summary>
    public static bool NeedsOpenOffice(Channel channel) =>
        channel is Channel.Presencial or Channel.Escrito or Channel.Telefonico;
}
