namespace IndicadoresServicio.Etl.Profiles;

/// <summary>
/// The fields a mapping profile can fill. The names are the Spanish keys clerks write under
/// "columnas" and "valores", so they double as the vocabulary of the transforms.
/// </summary>
public static class CanonicalFields
{
    public const string Radicado = "radicado";
    public const string RadicadoEl = "radicado_el";
    public const string Tipo = "tipo";
    public const string Canal = "canal";
    public const string Dependencia = "dependencia";
    public const string Tema = "tema";
    public const string RespondidoEl = "respondido_el";
    public const string ProrrogaHasta = "prorroga_hasta";
    public const string ProrrogaDias = "prorroga_dias";
    public const string ProrrogaNotificadaEl = "prorroga_notificada_el";
    public const string VencimientoFuente = "vencimiento_fuente";
    public const string Trasladado = "trasladado";
    public const string TipoPeticionario = "tipo_peticionario";
    public const string IdPeticionario = "id_peticionario";

    /// <summary>Every canonical field, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Radicado, RadicadoEl, Tipo, Canal, Dependencia, Tema, RespondidoEl,
        ProrrogaHasta, ProrrogaDias, ProrrogaNotificadaEl, VencimientoFuente,
        Trasladado, TipoPeticionario, IdPeticionario,
    ];

    /// <summary>Without these three a row cannot become a petition: no identity, no start date, no legal term.</summary>
    public static IReadOnlyList<string> Required { get; } = [Radicado, RadicadoEl, Tipo];
}
