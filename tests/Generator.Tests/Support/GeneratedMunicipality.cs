using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Generator.Tests.Support;

/// <summary>
/// One generation shared by the tests that only read it (50,000 CSV rows, 3,000 XLSX rows, the default period),
/// with its exports parsed once, on first use.
/// </summary>
public sealed class GeneratedMunicipality : IDisposable
{
    public const int Seed = 7;
    public const long CsvRowCount = 50_000;
    public const int XlsxRowCount = 3_000;

    private readonly TempDirectory directory = new();
    private readonly Lazy<(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)> csv;
    private readonly Lazy<IReadOnlyList<IReadOnlyList<object?>>> xlsx;

    public GeneratedMunicipality()
    {
        Options = new GenerationOptions(directory.Path, CsvRowCount, Seed, XlsxRows: XlsxRowCount);
        Summary = MunicipalityGenerator.Generate(Options);
        Petitions = MunicipalityGenerator.Petitions(Options).ToArray();
        Calendar = new BusinessCalendar(Summary.NonWorkingDays);
        csv = new(() => CsvExport.Read(File("ventanilla-unica.csv")));
        xlsx = new(() => XlsxExport.Rows(File("sede-electronica.xlsx")));
    }

    public GenerationOptions Options { get; }

    public GenerationSummary Summary { get; }

    /// <summary>The canonical stream behind the CSV.</summary>
    public IReadOnlyList<GeneratedPetition> Petitions { get; }

    /// <summary>The entity's real calendar: national holidays plus the profile's dias_no_habiles.</summary>
    public BusinessCalendar Calendar { get; }

    public IReadOnlyList<string> CsvHeaders => csv.Value.Headers;

    public IReadOnlyList<IReadOnlyDictionary<string, string>> CsvRows => csv.Value.Rows;

    public IReadOnlyList<IReadOnlyList<object?>> XlsxRows => xlsx.Value;

    public string File(string name) => directory.File(name);

    public void Dispose() => directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GeneratedMunicipalityCollection : ICollectionFixture<GeneratedMunicipality>
{
    public const string Name = "Un municipio generado";
}
