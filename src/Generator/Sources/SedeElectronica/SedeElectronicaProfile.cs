using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Sources.Profiles;
using H = IndicadoresServicio.Generator.Sources.SedeElectronica.SedeElectronicaExport.Headers;

namespace IndicadoresServicio.Generator.Sources.SedeElectronica;

/// <summary>The mapping profile that tells the ETL how to read sede-electronica.xlsx.</summary>
internal static class SedeElectronicaProfile
{
    public const string FileName = SedeElectronicaExport.Source + ".json";

    public static MappingProfileDocument For(Alcaldia alcaldia) => new(
        SedeElectronicaExport.Source,
        alcaldia.Name,
        "xlsx",
        Encoding: null,
        Delimiter: null,
        SedeElectronicaExport.SheetName,
        SedeElectronicaExport.HeaderRow,
        // The dates are real Excel dates; the formats only matter if someone re-saves the sheet with text dates.
        [SourceDates.DateTimeFormat, SourceDates.DateFormat],
        [
            KeyValuePair.Create("radicado", H.Radicado),
            KeyValuePair.Create("radicado_el", H.FiledAt),
            KeyValuePair.Create("tipo", H.Type),
            KeyValuePair.Create("canal", H.Channel),
            KeyValuePair.Create("dependencia", H.Dependency),
            KeyValuePair.Create("tema", H.Topic),
            KeyValuePair.Create("respondido_el", H.AnsweredOn),
            KeyValuePair.Create("prorroga_hasta", H.ExtendedTo),
            KeyValuePair.Create("vencimiento_fuente", H.SourceDueOn),
            KeyValuePair.Create("trasladado", H.Transferred),
            KeyValuePair.Create("tipo_peticionario", H.PetitionerType),
        ],
        [
            KeyValuePair.Create("tipo", CanonicalValues.Types(t => [SedeElectronicaLabels.Type(t)])),
            KeyValuePair.Create("canal", CanonicalValues.Channels(SedeElectronicaLabels.ChannelLabels)),
            KeyValuePair.Create("trasladado", CanonicalValues.YesNo(SedeElectronicaLabels.Yes, SedeElectronicaLabels.No)),
            KeyValuePair.Create("tipo_peticionario", CanonicalValues.Petitioners(t => [SedeElectronicaLabels.Petitioner(t)])),
        ],
        SedeElectronicaLabels.DependencyAliases().ToArray(),
        H.PersonalData,
        alcaldia.Closures.Days);
}
