namespace IndicadoresServicio.Generator;

/// <summary>
/// What to generate. The period defaults to the three full years that end on <paramref name="To"/>, which itself
/// defaults to 2026-10-31 rather than today, so that a seed always yields the same files.
/// </summary>
/// <param name="OutputDirectory">Where the exports and their mapping profiles are written (created if missing).</param>
/// <param name="Petitions">Rows of the main CSV export (ventanilla-unica).</param>
/// <param name="Seed">Same seed and options, same bytes.</param>
/// <param name="From">First filing day; default: the day after <paramref name="To"/> minus three years.</param>
/// <param name="To">Last filing day and the export's cut-off: petitions not answered by then are open.</param>
/// <param name="EntityName">The alcaldía the petitions belong to.</param>
/// <param name="WriteXlsx">Also write the second source (sede-electronica) as an Excel workbook.</param>
/// <param name="XlsxRows">Rows of the Excel export; its radicados never collide with the CSV's.</param>
/// <param name="InjectDefects">Spoil a handful of CSV rows the way real exports are spoiled, for ETL tests.</param>
/// <param name="WriteSurveys">
/// Also write the satisfaction surveys answered after the CSV's petitions (Google Forms CSV, Microsoft Forms quiz
/// XLSX, LimeSurvey CSV) with their survey profiles; see Surveys/SurveyExports.
/// </param>
public sealed record GenerationOptions(
    string OutputDirectory,
    long Petitions = 1_000_000,
    int Seed = 2024,
    DateOnly? From = null,
    DateOnly? To = null,
    string EntityName = "Alcaldía de San Isidro del Valle",
    bool WriteXlsx = true,
    int XlsxRows = 20_000,
    bool InjectDefects = false,
    bool WriteSurveys = false)
{
    public static readonly DateOnly DefaultTo = new(2026, 10, 31);

    /// <summary>The last filing day and cut-off actually used.</summary>
    public DateOnly PeriodEnd => To ?? DefaultTo;

    /// <summary>The first filing day actually used.</summary>
    public DateOnly PeriodStart => From ?? PeriodEnd.AddYears(-3).AddDays(1);
}
