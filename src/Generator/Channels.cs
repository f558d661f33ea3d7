namespace IndicadoresServicio.Generator;

/// <summary>Canonical channel codes, as mapping profiles and the warehouse spell them.</summary>
public static class Channels
{
    public static IReadOnlyList<Channel> All { get; } = Array.AsReadOnly(Enum.GetValues<Channel>());

    public static string Code(Channel channel) => channel switch
    {
        Channel.Presencial => "presencial",
        Channel.Telefonico => "telefonico",
        Channel.Virtual => "virtual",
        Channel.Correo => "correo",
        Channel.Escrito => "escrito",
        Channel.Redes => "redes",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), $"Canal desconocido ({(int)channel})."),
    };

    /// <summary>
    /// Whether the channel needs the office open: a counter, a mail room or a call centre only take petitions on
    /// the entity's business days, while web forms, e-mail and social networks receive them any day.
    /// </summary>
    public static bool NeedsOpenOffice(Channel channel) =>
        channel is Channel.Presencial or Channel.Escrito or Channel.Telefonico;
}
