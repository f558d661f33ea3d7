using System.Globalization;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Generator.Sources.Petitioners;

namespace IndicadoresServicio.Generator.Sources.VentanillaUnica;

/// <summary>
/// The main export: the ventanilla única's report as its document system writes it, windows-1252, ';' between
/// fields, Spanish headers, day-first dates, personal data included. Streams: one petition in, one row out.
/// </summary>
internal static class VentanillaUnicaExport
{
    public const string Source = "ventanilla-unica";
    public const string FileName = Source + ".csv";

    // Clerks type an Enter in the middle of an asunto now and then; readers must honour quoted line breaks.
    private const double BrokenSubjectShare = 0.002;

    public static class Headers
    {
        public const string Radicado = "No. Radicado";
        public const string FiledAt = "Fecha Radicación";
        public const string Type = "Tipo de Solicitud";
        public const string Channel = "Medio de Recepción";
        public const string Dependency = "Dependencia";
        public const string Subject = "Asunto";
        public const string PetitionerType = "Tipo Peticionario";
        public const string Name = "Nombre Peticionario";
        public const string Identification = "Cédula";
        public const string Phone = "Teléfono";
        public const string Email = "Correo";
        public const string Address = "Dirección";
        public const string SourceDueOn = "Fecha Límite";
        public const string ExtensionDays = "Días Prórroga";
        public const string AnsweredOn = "Fecha Respuesta";
        public const string Transferred = "Trasladado";
        public const string State = "Estado";

        public static IReadOnlyList<string> InFileOrder { get; } =
        [
            Radicado, FiledAt, Type, Channel, Dependency, Subject, PetitionerType, Name, Identification, Phone, Email,
            Address, SourceDueOn, ExtensionDays, AnsweredOn, Transferred, State,
        ];

        public static IReadOnlyList<string> PersonalData { get; } = [Name, Identification, Phone, Email, Address];
    }

    /// <returns>The rows written and the defects injected into them.</returns>
    public static (long Rows, IReadOnlyList<InjectedDefect> Defects) Write(
        string path, IEnumerable<GeneratedPetition> petitions, DefectPlan defectPlan, int seed, ProgressCounter progress)
    {
        var labels = DeterministicRandom.For(seed, Source + "/etiquetas");
        var petitioners = new FakePetitioners(DeterministicRandom.For(seed, Source + "/datos-personales"));
        var defects = new List<InjectedDefect>();
        Span<char> filedBuffer = stackalloc char[32];
        Span<char> dateBuffer = stackalloc char[16];
        Span<char> numberBuffer = stackalloc char[12];

        using var csv = new DelimitedWriter(File.Create(path), Windows1252.Strict, ';');
        foreach (var header in Headers.InFileOrder)
            csv.Field(header);
        csv.EndRow();

        var row = 0L;
        var previousRadicado = "";
        foreach (var petition in petitions)
        {
            row++;
            var defect = defectPlan.At(row);
            var radicado = defect switch
            {
                DefectKind.BlankRadicado => "",
                DefectKind.DuplicateRadicado => previousRadicado,
                _ => petition.Radicado,
            };
            if (defect is { } kind)
                defects.Add(new InjectedDefect(FileName, row, kind, radicado));
            var person = petitioners.For(petition.PetitionerType);

            csv.Field(radicado);
            if (defect == DefectKind.UnparseableDate)
                csv.Field(defects.Count(d => d.Kind == DefectKind.UnparseableDate) % 2 == 1
                    ? string.Create(CultureInfo.InvariantCulture, $"31/02/{petition.FiledAt.Year} {petition.FiledAt:HH:mm}")
                    : "SIN FECHA");
            else
                csv.Field(SourceDates.Format(petition.FiledAt, filedBuffer));
            csv.Field(defect == DefectKind.UnknownType ? "ACCION DE TUTELA" : VentanillaUnicaLabels.Type(petition.Type, labels));
            csv.Field(VentanillaUnicaLabels.Channel(petition.Channel));
            csv.Field(VentanillaUnicaLabels.Dependency(petition.Dependency, petition.FiledOn));
            csv.Field(labels.Chance(BrokenSubjectShare) ? BreakLine(petition.Topic) : petition.Topic);
            csv.Field(VentanillaUnicaLabels.Petitioner(petition.PetitionerType)[0]);
            csv.Field(person.Name);
            csv.Field(person.Identification);
            csv.Field(person.Phone);
            csv.Field(person.Email);
            csv.Field(person.Address);
            csv.Field(SourceDates.Format(petition.SourceDueOn, dateBuffer));
            csv.Field(Number(petition.ExtensionDays, numberBuffer));
            csv.Field(SourceDates.Format(
                defect == DefectKind.AnsweredBeforeFiled ? petition.FiledOn.AddDays(-labels.Between(3, 20)) : petition.AnsweredOn,
                dateBuffer));
            csv.Field(petition.Transferred ? VentanillaUnicaLabels.Yes : VentanillaUnicaLabels.No);
            csv.Field(VentanillaUnicaLabels.State(petition));
            csv.EndRow();

            previousRadicado = petition.Radicado;
            progress.RowWritten();
        }
        return (row, defects);
    }

    /// <summary>The same topic with its last space turned into a line break (it folds back to the same tema).</summary>
    private static string BreakLine(string topic)
    {
        var lastSpace = topic.LastIndexOf(' ');
        return lastSpace < 0 ? topic : string.Concat(topic.AsSpan(0, lastSpace), "\r\n", topic.AsSpan(lastSpace + 1));
    }

    private static ReadOnlySpan<char> Number(int? value, Span<char> buffer) =>
        value is { } n && n.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture)
            ? buffer[..written]
            : [];
}
