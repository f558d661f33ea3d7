using IndicadoresServicio.Generator.Tests.Support;

namespace IndicadoresServicio.Generator.Tests;

public sealed class GenerationSummaryTests
{
    [Fact]
    public void The_default_period_is_the_three_full_years_ending_on_2026_10_31()
    {
        var options = new GenerationOptions("salida");

        options.PeriodStart.Should().Be(new DateOnly(2023, 11, 1));
        options.PeriodEnd.Should().Be(new DateOnly(2026, 10, 31));
    }

    [Fact]
    public void The_summary_lists_every_file_written_with_its_row_count()
    {
        using var directory = new TempDirectory();

        var summary = MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 1_500, XlsxRows: 300));

        summary.Files.Select(f => (Path.GetFileName(f.Path), f.Source, f.Kind, f.Rows)).Should().Equal(
            ("ventanilla-unica.csv", "ventanilla-unica", GeneratedFileKind.Export, 1_500L),
            ("ventanilla-unica.json", "ventanilla-unica", GeneratedFileKind.Profile, 0L),
            ("sede-electronica.xlsx", "sede-electronica", GeneratedFileKind.Export, 300L),
            ("sede-electronica.json", "sede-electronica", GeneratedFileKind.Profile, 0L));
        summary.Files.Should().OnlyContain(f => File.Exists(f.Path));
        (summary.CsvRows, summary.XlsxRows, summary.TotalRows).Should().Be((1_500L, 300L, 1_800L));
        (summary.From, summary.To).Should().Be((new DateOnly(2023, 11, 1), new DateOnly(2026, 10, 31)));
        summary.DefectCount.Should().Be(0);
    }

    [Fact]
    public void Without_the_workbook_only_the_csv_and_its_profile_are_written()
    {
        using var directory = new TempDirectory();

        var summary = MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 500, WriteXlsx: false));

        Directory.GetFiles(directory.Path).Select(Path.GetFileName).Should().BeEquivalentTo("ventanilla-unica.csv", "ventanilla-unica.json");
        summary.XlsxRows.Should().Be(0);
    }

    [Fact]
    public void Progress_is_reported_every_ten_thousand_rows_and_once_at_the_end()
    {
        using var directory = new TempDirectory();
        var reports = new List<long>();

        MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 25_000, XlsxRows: 1_000), new Recorder(reports));

        reports.Should().Equal(10_000, 20_000, 26_000);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var options = new GenerationOptions("salida", From: new DateOnly(2025, 1, 1), To: new DateOnly(2024, 1, 1));

        var generating = () => MunicipalityGenerator.Generate(options);

        generating.Should().Throw<ArgumentException>().WithMessage("*periodo*");
    }

    [Fact]
    public void A_negative_number_of_petitions_is_refused()
    {
        var streaming = () => MunicipalityGenerator.Petitions(new GenerationOptions("salida", Petitions: -1));

        streaming.Should().Throw<GenerationOptionsException>().WithMessage("*negativo*");
    }

    /// <summary>Synchronous, unlike Progress&lt;T&gt;, so the reports are all in by the time Generate returns.</summary>
    private sealed class Recorder(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
