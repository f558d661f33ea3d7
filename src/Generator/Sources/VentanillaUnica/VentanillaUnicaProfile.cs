using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Sources.Profiles;
using H = IndicadoresServicio.Generator.Sources.VentanillaUnica.VentanillaUnicaExport.Headers;

namespace IndicadoresServicio.Generator.Sources.VentanillaUnica;

/// <summary>The mapping profile that tells the ETL how to read ventanilla-unica.csv.</summary>
internal static class VentanillaUnicaProfile
{
    public const string FileName = VentanillaUnicaExport.Source + ".json";

    public static MappingProfileDocument For(Alcaldia alcaldia) => new(
        VentanillaUnicaExport.Source,
        alcaldia.Name,
        "csv",
        Windows1252.Name,
        ";",
        Sheet: null,
        HeaderRow: null,
        [SourceDates.DateTimeFormat, SourceDates.DateFormat],
        [
            KeyValuePair.Create("radicado", H.Radicado),
            KeyValuePair.Create("radicado_el", H.FiledAt),
            KeyValuePair.Create("tipo", H.Type),
            KeyValuePair.Create("canal", H.Channel),
            KeyValuePair.Create("dependencia", H.Dependency),
            KeyValuePair.Create("tema", H.Subject),
            KeyValuePair.Create("respondido_el", H.AnsweredOn),
            KeyValuePair.Create("prorroga_dias", H.ExtensionDays),
            KeyValuePair.Create("vencimiento_fuente", H.SourceDueOn),
            KeyValuePair.Create("trasladado", H.Transferred),
            KeyValuePair.Create("tipo_peticionario", H.PetitionerType),
        ],
        [
            KeyValuePair.Create("tipo", CanonicalValues.Types(VentanillaUnicaLabels.TypeLabels)),
            KeyValuePair.Create("canal", CanonicalValues.Channels(c => [VentanillaUnicaLabels.Channel(c)])),
            KeyValuePair.Create("trasladado", CanonicalValues.YesNo(VentanillaUnicaLabels.Yes, VentanillaUnicaLabels.No)),
            KeyValuePair.Create("tipo_peticionario", CanonicalValues.Petitioners(VentanillaUnicaLabels.Petitioner)),
        ],
        VentanillaUnicaLabels.DependencyAliases().ToArray(),
        H.PersonalData,
        alcaldia.Closures.Days);
}
