using IndicadoresServicio.Generator.Tests.Support;

namespace IndicadoresServicio.Generator.Tests;

public sealed class DeterminismTests
{
    private static GenerationSummary Generate(TempDirectory directory, int seed) =>
        MunicipalityGenerator.Generate(new GenerationOptions(directory.Path, 3_000, seed, XlsxRows: 500, InjectDefects: true));

    [Fact]
    public void The_same_seed_and_options_write_byte_identical_files()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var summary = Generate(first, seed: 11);
        Generate(second, seed: 11);

        summary.Files.Should().HaveCount(4);
        foreach (var file in summary.Files.Select(f => Path.GetFileName(f.Path)))
            File.ReadAllBytes(second.File(file)).Should().Equal(File.ReadAllBytes(first.File(file)), $"{file} debe ser idéntico");
    }

    [Fact]
    public void A_different_seed_writes_different_exports()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Generate(first, seed: 11);
        Generate(second, seed: 12);

        File.ReadAllBytes(second.File("ventanilla-unica.csv")).Should().NotEqual(File.ReadAllBytes(first.File("ventanilla-unica.csv")));
        File.ReadAllBytes(second.File("sede-electronica.xlsx")).Should().NotEqual(File.ReadAllBytes(first.File("sede-electronica.xlsx")));
    }

    [Fact]
    public void The_petition_stream_is_the_same_on_every_enumeration()
    {
        var options = new GenerationOptions("no-se-escribe", 2_000, Seed: 5);

        var first = MunicipalityGenerator.Petitions(options).ToArray();
        var second = MunicipalityGenerator.Petitions(options).ToArray();

        first.Should().HaveCount(2_000);
        second.Should().Equal(first);
    }
}
