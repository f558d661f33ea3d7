using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class SourceFilesTests : IDisposable
{
    private const string CsvText = "No. Radicado;Fecha Radicación;Tipo\n2024-1;01/04/2024;Queja\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WorkbookFile(string name = "pqrsd.xlsx") =>
        Workbooks.Write(_dir.File(name), ["No. Radicado", "Fecha Radicación", "Tipo"], ["2024-1", "01/04/2024", "Queja"]);

    [Theory]
    [InlineData("pqrsd.csv")]
    [InlineData("pqrsd.txt")]
    [InlineData("pqrsd.CSV")]
    [InlineData("exportacion.dat")]
    public void A_csv_profile_reads_text_files_including_unknown_extensions(string name)
    {
        var table = SourceFiles.Open(_dir.WriteText(name, CsvText), TestProfiles.Csv);

        table.FileName.Should().Be(name);
        table.Rows().Single().Cells["Tipo"].Should().Be("Queja");
    }

    [Fact]
    public void An_xlsx_profile_reads_workbooks()
    {
        var table = SourceFiles.Open(WorkbookFile(), TestProfiles.Xlsx);

        table.Rows().Single().Cells["Tipo"].Should().Be("Queja");
    }

    [Fact]
    public void The_salt_reaches_the_reader()
    {
        var profile = TestProfiles.Csv with { HashPetitioner = true, PetitionerIdColumn = "No. Radicado" };

        var row = SourceFiles.Open(_dir.WriteText("pqrsd.csv", CsvText), profile, TestProfiles.Salt).Rows().Single();

        row.Cells[PetitionerHash.CellKey].Should().Be(PetitionerHash.Of("2024-1", TestProfiles.Salt));
    }

    [Fact]
    public void A_missing_file_is_reported_in_Spanish()
    {
        var path = _dir.File("no-llego.csv");

        var open = () => SourceFiles.Open(path, TestProfiles.Csv);

        open.Should().Throw<SourceException>().WithMessage("No existe el archivo '*no-llego.csv'.").Which.FilePath.Should().Be(path);
    }

    [Fact]
    public void A_workbook_given_to_a_csv_profile_is_refused_rather_than_guessed()
    {
        var open = () => SourceFiles.Open(WorkbookFile(), TestProfiles.Csv);

        open.Should().Throw<SourceException>()
            .WithMessage("'pqrsd.xlsx' parece un libro de Excel (xlsx) por su extensión, pero el perfil 'prueba' dice \"formato\": \"csv\"*");
    }

    [Fact]
    public void A_text_file_given_to_an_xlsx_profile_is_refused()
    {
        var open = () => SourceFiles.Open(_dir.WriteText("pqrsd.csv", CsvText), TestProfiles.Xlsx);

        open.Should().Throw<SourceException>().WithMessage("*parece un archivo de texto delimitado (csv)*\"xlsx\"*");
    }

    [Fact]
    public void An_old_xls_file_is_refused_with_advice()
    {
        var open = () => SourceFiles.Open(_dir.WriteText("pqrsd.xls", "x"), TestProfiles.Xlsx);

        open.Should().Throw<SourceException>().WithMessage("*libro de Excel antiguo (.xls)*guárdelo como .xlsx*");
    }

    [Fact]
    public void A_postgres_profile_does_not_read_files()
    {
        var open = () => SourceFiles.Open(_dir.WriteText("pqrsd.csv", CsvText), TestProfiles.Csv with { Format = SourceFormat.Postgres });

        open.Should().Throw<SourceException>().WithMessage("*formato \"postgres\"*");
    }

    [Fact]
    public void The_file_hash_is_lower_case_hex_sha256_of_the_bytes()
    {
        var path = _dir.WriteText("abc.csv", "abc");

        SourceFiles.Sha256Of(path).Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void Hashing_a_missing_file_is_reported_in_Spanish()
    {
        var hash = () => SourceFiles.Sha256Of(_dir.File("nada.csv"));

        hash.Should().Throw<SourceException>().WithMessage("No existe el archivo*");
    }
}
