using IndicadoresServicio.Generator.Filing;
using IndicadoresServicio.Generator.Municipality;
using IndicadoresServicio.Generator.Sources;
using IndicadoresServicio.Generator.Sources.Profiles;
using IndicadoresServicio.Generator.Sources.SedeElectronica;
using IndicadoresServicio.Generator.Sources.VentanillaUnica;

namespace IndicadoresServicio.Generator;

/// <summary>
/// Generates a realistic Colombian alcaldía's petitions (PQRSD) and writes them the way its document systems export
/// them, each export next to the mapping profile the ETL needs to read it:
/// ventanilla-unica.csv + ventanilla-unica.json, and sede-electronica.xlsx + sede-electronica.json; with
/// <see cref="GenerationOptions.WriteSurveys"/>, the satisfaction surveys answered after those petitions too.
/// Same options, same bytes.
/// </summary>
public static class MunicipalityGenerator
{
    public static GenerationSummary Generate(GenerationOptions options, IProgress<long>? progress = null)
    {
        Validate(options);
        var alcaldia = Alcaldia.For(options);
        Directory.CreateDirectory(options.OutputDirectory);
        var counter = new ProgressCounter(progress);
        var files = new List<GeneratedFile>();

        var csvPath = Path.GetFullPath(Path.Combine(options.OutputDirectory, VentanillaUnicaExport.FileName));
        var (csvRows, defects) = VentanillaUnicaExport.Write(
            csvPath,
            PetitionStream.Generate(alcaldia, VentanillaUnicaIntake.Intake, options.Petitions, options),
            DefectPlan.For(options.Petitions, options.InjectDefects),
            options.Seed,
            counter);
        files.Add(new(csvPath, VentanillaUnicaExport.Source, GeneratedFileKind.Export, csvRows));
        files.Add(WriteProfile(options, VentanillaUnicaProfile.FileName, VentanillaUnicaProfile.For(alcaldia)));

        var xlsxRows = 0L;
        if (options.WriteXlsx)
        {
            var xlsxPath = Path.GetFullPath(Path.Combine(options.OutputDirectory, SedeElectronicaExport.FileName));
            xlsxRows = SedeElectronicaExport.Write(
                xlsxPath,
                PetitionStream.Generate(alcaldia, SedeElectronicaIntake.Intake, options.XlsxRows, options),
                alcaldia.Name,
                options.PeriodEnd,
                alcaldia.SourceCalendar,
                options.Seed,
                counter);
            files.Add(new(xlsxPath, SedeElectronicaExport.Source, GeneratedFileKind.Export, xlsxRows));
            files.Add(WriteProfile(options, SedeElectronicaProfile.FileName, SedeElectronicaProfile.For(alcaldia)));
        }

        if (options.WriteSurveys)
            files.AddRange(Surveys.SurveyExports.Write(options));

        counter.Finished();
        return new GenerationSummary(
            options.PeriodStart,
            options.PeriodEnd,
            csvRows,
            xlsxRows,
            files.AsReadOnly(),
            alcaldia.Closures.Days,
            alcaldia.Closures.ForgottenBySource,
            defects);
    }

    /// <summary>
    /// The petitions of ventanilla-unica.csv, canonical and in file order, without writing anything: for benchmarks
    /// that need petitions already generated. The CSV is written from this very stream (minus injected defects).
    /// </summary>
    public static IEnumerable<GeneratedPetition> Petitions(GenerationOptions options)
    {
        Validate(options);
        return PetitionStream.Generate(Alcaldia.For(options), VentanillaUnicaIntake.Intake, options.Petitions, options);
    }

    private static GeneratedFile WriteProfile(GenerationOptions options, string fileName, MappingProfileDocument profile)
    {
        var path = Path.GetFullPath(Path.Combine(options.OutputDirectory, fileName));
        ProfileJson.Write(path, profile);
        return new(path, profile.Source, GeneratedFileKind.Profile, 0);
    }

    private static void Validate(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
            throw new GenerationOptionsException("Falta la carpeta de salida.");
        if (string.IsNullOrWhiteSpace(options.EntityName))
            throw new GenerationOptionsException("Falta el nombre de la entidad.");
        if (options.Petitions < 0 || options.XlsxRows < 0)
            throw new GenerationOptionsException("El número de peticiones no puede ser negativo.");
        if (options.PeriodStart > options.PeriodEnd)
            throw new GenerationOptionsException(
                $"El periodo empieza ({options.PeriodStart:O}) después de terminar ({options.PeriodEnd:O}).");
    }
}
