using System.Globalization;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Generator.Sources.Petitioners;
using IndicadoresServicio.Core.Calendar;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace IndicadoresServicio.Generator.Sources.SedeElectronica;

/// <summary>
/// The second source: the sede electrónica's Excel report. Two title rows sit above the header, dates are real Excel
/// dates, and the DANE code is text so that its leading zero survives. Rows are handed to MiniExcel one at a time.
/// </summary>
internal static class SedeElectronicaExport
{
    public const string Source = "sede-electronica";
    public const string FileName = Source + ".xlsx";
    public const string SheetName = "Reporte PQRSD";
    public const int HeaderRow = 3;

    /// <summary>The municipality's DANE code: text with a leading zero, as DIVIPOLA writes it.</summary>
    public const string DaneCode = "08001";

    public static class Headers
    {
        public const string DaneCode = "Código DANE";
        public const string Radicado = "Número de Radicado";
        public const string FiledAt = "Fecha de Recibido";
        public const string Type = "Clase de Petición";
        public const string Channel = "Canal";
        public const string Dependency = "Área Responsable";
        public const string Topic = "Tema";
        public const string SourceDueOn = "Fecha Vencimiento";
        public const string ExtendedTo = "Prórroga Hasta";
        public const string AnsweredOn = "Fecha de Respuesta";
        public const string Transferred = "Trasladado a otra entidad";
        public const string PetitionerType = "Tipo de Peticionario";
        public const string Name = "Nombres y Apellidos";
        public const string Identification = "Documento";
        public const string Phone = "Celular";
        public const string Email = "E-mail";

        public static IReadOnlyList<string> InFileOrder { get; } =
        [
            DaneCode, Radicado, FiledAt, Type, Channel, Dependency, Topic, SourceDueOn, ExtendedTo, AnsweredOn,
            Transferred, PetitionerType, Name, Identification, Phone, Email,
        ];

        public static IReadOnlyList<string> PersonalData { get; } = [Name, Identification, Phone, Email];
    }

    /// <summary>The report's "Generado el" moment: the morning after the cut-off.</summary>
    public static DateTime GeneratedAt(DateOnly cutOff) => cutOff.AddDays(1).ToDateTime(new TimeOnly(6, 15));

    public static long Write(
        string path, IEnumerable<GeneratedPetition> petitions, string entityName, DateOnly cutOff,
        BusinessCalendar sourceCalendar, int seed, ProgressCounter progress)
    {
        var labels = DeterministicRandom.For(seed, Source + "/etiquetas");
        var petitioners = new FakePetitioners(DeterministicRandom.For(seed, Source + "/datos-personales"));
        var rows = 0L;

        IEnumerable<IDictionary<string, object?>> Sheet()
        {
            yield return TitleRow($"Reporte de PQRSD - {entityName}");
            yield return TitleRow(string.Create(CultureInfo.InvariantCulture, $"Generado el {GeneratedAt(cutOff):dd/MM/yyyy HH:mm}"));
            yield return Headers.InFileOrder.ToDictionary(h => h, object? (h) => h);
            foreach (var petition in petitions)
            {
                var person = petitioners.For(petition.PetitionerType);
                // The portal records the extended due date itself: the original one plus the extra business days.
                var extendedTo = petition.ExtensionDays is { } days && petition.SourceDueOn is { } due
                    ? sourceCalendar.AddBusinessDays(due, days)
                    : (DateOnly?)null;
                yield return new Dictionary<string, object?>
                {
                    [Headers.DaneCode] = DaneCode,
                    [Headers.Radicado] = petition.Radicado,
                    [Headers.FiledAt] = petition.FiledAt,
                    [Headers.Type] = SedeElectronicaLabels.Type(petition.Type),
                    [Headers.Channel] = SedeElectronicaLabels.Channel(labels),
                    [Headers.Dependency] = SedeElectronicaLabels.Dependency(petition.Dependency),
                    [Headers.Topic] = petition.Topic,
                    [Headers.SourceDueOn] = AsExcelDate(petition.SourceDueOn),
                    [Headers.ExtendedTo] = AsExcelDate(extendedTo),
                    [Headers.AnsweredOn] = AsExcelDate(petition.AnsweredOn),
                    [Headers.Transferred] = petition.Transferred ? SedeElectronicaLabels.Yes : SedeElectronicaLabels.No,
                    [Headers.PetitionerType] = SedeElectronicaLabels.Petitioner(petition.PetitionerType),
                    [Headers.Name] = person.Name,
                    [Headers.Identification] = person.Identification,
                    [Headers.Phone] = person.Phone,
                    [Headers.Email] = person.Email,
                };
                rows++;
                progress.RowWritten();
            }
        }

        var configuration = new OpenXmlConfiguration
        {
            // The title rows would otherwise get the filter arrows, and the frozen pane would hide the header.
            AutoFilter = false,
            FreezeRowCount = HeaderRow,
        };
        MiniExcel.SaveAs(path, Sheet(), printHeader: false, sheetName: SheetName, configuration: configuration, overwriteFile: true);
        DeterministicZip.Normalize(path, GeneratedAt(cutOff));
        return rows;
    }

    private static Dictionary<string, object?> TitleRow(string title) =>
        Headers.InFileOrder.ToDictionary(h => h, object? (h) => h == Headers.DaneCode ? title : null);

    private static object? AsExcelDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
