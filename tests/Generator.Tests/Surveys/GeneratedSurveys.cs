using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using IndicadoresServicio.Generator.Tests.Support;
using MiniExcelLibs;

namespace IndicadoresServicio.Generator.Tests.Surveys;

/// <summary>
/// One municipality of 20,000 petitions with its survey exports, written once for the tests that read them, and each
/// export parsed independently of the ETL (CsvHelper, MiniExcel) so that the tests' expected counts never come
/// from the code under test.
/// </summary>
public sealed class GeneratedSurveys : IDisposable
{
    public const int Seed = 11;

    private readonly TempDirectory _directory = new();

    public GeneratedSurveys()
    {
        Options = new GenerationOptions(_directory.Path, 20_000, Seed, WriteXlsx: false, WriteSurveys: true);
        Summary = MunicipalityGenerator.Generate(Options);
        Google = Csv(File("encuesta-ventanilla.csv"), ",");
        Lime = Csv(File("encuesta-salud.csv"), ";");
        using var forms = System.IO.File.OpenRead(File("encuesta-movilidad.xlsx"));
        Forms = forms.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(r)).ToList();
    }

    public GenerationOptions Options { get; }

    public GenerationSummary Summary { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Google { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Lime { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Forms { get; }

    public string File(string name) => _directory.File(name);

    public string Text(string name) => System.IO.File.ReadAllText(File(name), Encoding.UTF8);

    public JsonElement Profile(string name) => JsonDocument.Parse(System.IO.File.ReadAllText(File(name))).RootElement;

    /// <summary>The labels a profile's scale knows, as the clerk wrote them.</summary>
    public IReadOnlySet<string> Labels(string profile, string scale) =>
        Profile(profile).GetProperty("escalas").GetProperty(scale).EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private static List<IReadOnlyDictionary<string, string>> Csv(string path, string delimiter)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, DetectDelimiter = false });
        csv.Read();
        csv.ReadHeader();
        var headers = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
            rows.Add(headers.Select((h, i) => (h, csv.GetField(i)!)).ToDictionary(p => p.h, p => p.Item2));
        return rows;
    }

    public void Dispose() => _directory.Dispose();
}
