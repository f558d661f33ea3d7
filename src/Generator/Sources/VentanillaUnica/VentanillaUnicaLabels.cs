using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Sources.VentanillaUnica;

/// <summary>
/// How the ventanilla única's document system spells things: upper case, no accents (a legacy database), short
/// dependency names, and a dependency renamed on 2025-01-01 (Tránsito became Movilidad) so that old and new labels
/// coexist in one export.
/// </summary>
internal static class VentanillaUnicaLabels
{
    private const string GeneralInterestPetition = "DERECHO DE PETICION DE INTERES GENERAL";
    private const double GeneralInterestShare = 0.10;
    private static readonly DateOnly MovilidadRenamedOn = new(2025, 1, 1);
    private const string MovilidadFormerLabel = "TRANSITO";

    public static string Type(PetitionType type, DeterministicRandom random) =>
        type == PetitionType.Peticion && random.Chance(GeneralInterestShare) ? GeneralInterestPetition : TypeLabels(type)[0];

    public static IReadOnlyList<string> TypeLabels(PetitionType type) => type switch
    {
        PetitionType.Peticion => ["DERECHO DE PETICION", GeneralInterestPetition],
        PetitionType.Informacion => ["SOLICITUD DE INFORMACION"],
        PetitionType.Queja => ["QUEJA"],
        PetitionType.Reclamo => ["RECLAMO"],
        PetitionType.Denuncia => ["DENUNCIA"],
        PetitionType.Sugerencia => ["SUGERENCIA"],
        PetitionType.Consulta => ["CONSULTA"],
        PetitionType.Felicitacion => ["FELICITACION"],
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Channel(Channel channel) => channel switch
    {
        Generator.Channel.Presencial => "VENTANILLA",
        Generator.Channel.Virtual => "PAGINA WEB",
        Generator.Channel.Correo => "CORREO ELECTRONICO",
        Generator.Channel.Telefonico => "TELEFONO",
        Generator.Channel.Redes => "REDES SOCIALES",
        Generator.Channel.Escrito => "CORRESPONDENCIA",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static string Dependency(string name, DateOnly filedOn) =>
        name == "Secretaría de Movilidad" && filedOn < MovilidadRenamedOn ? MovilidadFormerLabel : DependencyLabels[name];

    /// <summary>Every label the export may use for each dependency, with the official name it stands for.</summary>
    public static IEnumerable<KeyValuePair<string, string>> DependencyAliases() =>
        DependencyLabels.Select(pair => KeyValuePair.Create(pair.Value, pair.Key))
            .Append(KeyValuePair.Create(MovilidadFormerLabel, "Secretaría de Movilidad"));

    public static IReadOnlyList<string> Petitioner(PetitionerType type) => type switch
    {
        PetitionerType.Natural => ["PERSONA NATURAL"],
        PetitionerType.Juridica => ["PERSONA JURIDICA"],
        PetitionerType.Anonimo => ["ANONIMO"],
        PetitionerType.NinoNinaAdolescente => ["NIÑO, NIÑA O ADOLESCENTE"],
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public const string Yes = "SI";
    public const string No = "NO";

    /// <summary>The record's state; not mapped by the profile, as real exports carry columns nobody asked for.</summary>
    public static string State(GeneratedPetition petition) =>
        petition.AnsweredOn is null ? "EN TRAMITE" : petition.Transferred ? "TRASLADADO" : "RESPONDIDO";

    private static readonly Dictionary<string, string> DependencyLabels = new()
    {
        ["Despacho del Alcalde"] = "DESPACHO",
        ["Oficina Asesora Jurídica"] = "JURIDICA",
        ["Oficina de Atención al Ciudadano"] = "ATENCION AL CIUDADANO",
        ["Oficina de Control Interno"] = "CONTROL INTERNO",
        ["Oficina de Control Interno Disciplinario"] = "CONTROL DISCIPLINARIO",
        ["Oficina de Tecnologías de la Información (TIC)"] = "TIC",
        ["Oficina de Comunicaciones"] = "COMUNICACIONES",
        ["Secretaría General"] = "SEC. GENERAL",
        ["Secretaría de Hacienda"] = "HACIENDA",
        ["Secretaría de Gobierno"] = "GOBIERNO",
        ["Inspección de Policía"] = "INSPECCION POLICIA",
        ["Comisaría de Familia"] = "COMISARIA FAMILIA",
        ["Secretaría de Planeación"] = "PLANEACION",
        ["Secretaría de Movilidad"] = "MOVILIDAD",
        ["Secretaría de Infraestructura"] = "INFRAESTRUCTURA",
        ["Secretaría de Salud"] = "SALUD",
        ["Secretaría de Educación"] = "EDUCACION",
        ["Secretaría de Desarrollo Social"] = "DES. SOCIAL",
        ["Secretaría de Ambiente"] = "AMBIENTE",
        ["Secretaría de Cultura"] = "CULTURA",
        ["Secretaría de Desarrollo Económico"] = "DES. ECONOMICO",
        ["Secretaría de Vivienda"] = "VIVIENDA",
        ["Secretaría de Agricultura y Desarrollo Rural"] = "AGRICULTURA",
        ["Oficina de Gestión del Riesgo de Desastres"] = "GESTION DEL RIESGO",
        ["Instituto Municipal de Deporte y Recreación"] = "IMDER",
        ["Empresa de Servicios Públicos Municipales"] = "SERVICIOS PUBLICOS",
    };
}
