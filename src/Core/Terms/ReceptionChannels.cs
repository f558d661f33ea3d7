namespace IndicadoresServicio.Core.Terms;

/// <summary>A channel of reception (canal de recepción) as the warehouse stores it: its code and Spanish name.</summary>
public sealed record ReceptionChannel(string Code, string Name);

/// <summary>
/// The six canonical channels of the indicator catalogue, and the member for a blank cell: the one list the ETL's
/// mapping, the generator and <c>dim_channel</c>'s seed rows (checked by a test against both engines) follow.
/// </summary>
public static class ReceptionChannels
{
    public static readonly ReceptionChannel Presencial = new("presencial", "Presencial");
    public static readonly ReceptionChannel Telefonico = new("telefonico", "Telefónico");
    public static readonly ReceptionChannel Virtual = new("virtual", "Virtual / web");
    public static readonly ReceptionChannel Correo = new("correo", "Correo electrónico");
    public static readonly ReceptionChannel Escrito = new("escrito", "Escrito / correspondencia");
    public static readonly ReceptionChannel Redes = new("redes", "Redes sociales");

    /// <summary>A row whose channel cell is blank.</summary>
    public static readonly ReceptionChannel Unknown = new("sin_dato", "Sin dato");

    public static IReadOnlyList<ReceptionChannel> Canonical { get; } = [Presencial, Telefonico, Virtual, Correo, Escrito, Redes];
}
