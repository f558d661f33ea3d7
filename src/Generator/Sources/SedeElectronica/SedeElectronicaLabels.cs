using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Sources.SedeElectronica;

/// <summary>
/// How the sede electrónica (the web portal's PQRSD module) spells things: sentence case with accents, abbreviated
/// "Sria." and "Of." dependency names, and three web channels that are all "virtual" to the warehouse.
/// </summary>
internal static class SedeElectronicaLabels
{
    public static string Type(PetitionType type) => type switch
    {
        PetitionType.Peticion => "Petición",
        PetitionType.Informacion => "Solicitud de información",
        PetitionType.Queja => "Queja",
        PetitionType.Reclamo => "Reclamo",
        PetitionType.Denuncia => "Denuncia",
        PetitionType.Sugerencia => "Sugerencia",
        PetitionType.Consulta => "Consulta",
        PetitionType.Felicitacion => "Felicitación",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static readonly WeightedChoice<string> WebChannels =
        new([("Formulario web", 80), ("Chat institucional", 12), ("Aplicación móvil", 8)]);

    public static string Channel(DeterministicRandom random) => WebChannels.Pick(random);

    public static IReadOnlyList<string> ChannelLabels(Channel channel) =>
        channel == Generator.Channel.Virtual ? WebChannels.Items : [];

    public static string Dependency(string name) => DependencyLabels[name];

    public static IEnumerable<KeyValuePair<string, string>> DependencyAliases() =>
        DependencyLabels.Select(pair => KeyValuePair.Create(pair.Value, pair.Key));

    public static string Petitioner(PetitionerType type) => type switch
    {
        PetitionerType.Natural => "Persona natural",
        PetitionerType.Juridica => "Persona jurídica",
        PetitionerType.Anonimo => "Anónimo",
        PetitionerType.NinoNinaAdolescente => "Niño, niña o adolescente",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public const string Yes = "Sí";
    public const string No = "No";

    private static readonly Dictionary<string, string> DependencyLabels = new()
    {
        ["Despacho del Alcalde"] = "Despacho Alcalde",
        ["Oficina Asesora Jurídica"] = "Of. Asesora Jurídica",
        ["Oficina de Atención al Ciudadano"] = "Atención al Ciudadano",
        ["Oficina de Control Interno"] = "Of. Control Interno",
        ["Oficina de Control Interno Disciplinario"] = "Of. Control Disciplinario",
        ["Oficina de Tecnologías de la Información (TIC)"] = "Of. TIC",
        ["Oficina de Comunicaciones"] = "Of. Comunicaciones",
        ["Secretaría General"] = "Sria. General",
        ["Secretaría de Hacienda"] = "Sria. de Hacienda",
        ["Secretaría de Gobierno"] = "Sria. de Gobierno",
        ["Inspección de Policía"] = "Inspección de Policía",
        ["Comisaría de Familia"] = "Comisaría de Familia",
        ["Secretaría de Planeación"] = "Sria. de Planeación",
        ["Secretaría de Movilidad"] = "Sria. de Movilidad",
        ["Secretaría de Infraestructura"] = "Sria. de Infraestructura",
        ["Secretaría de Salud"] = "Sria. de Salud",
        ["Secretaría de Educación"] = "Sria. de Educación",
        ["Secretaría de Desarrollo Social"] = "Sria. de Desarrollo Social",
        ["Secretaría de Ambiente"] = "Sria. de Ambiente",
        ["Secretaría de Cultura"] = "Sria. de Cultura",
        ["Secretaría de Desarrollo Económico"] = "Sria. de Desarrollo Económico",
        ["Secretaría de Vivienda"] = "Sria. de Vivienda",
        ["Secretaría de Agricultura y Desarrollo Rural"] = "Sria. de Agricultura",
        ["Oficina de Gestión del Riesgo de Desastres"] = "Gestión del Riesgo",
        ["Instituto Municipal de Deporte y Recreación"] = "Inst. Mpal. de Deporte",
        ["Empresa de Servicios Públicos Municipales"] = "Empresa de Servicios Públicos",
    };
}
