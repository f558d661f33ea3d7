using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class PersonalDataTests : IDisposable
{
    // Headers spelt differently from the profile on purpose: matching must forgive accents and case.
    private const string Header = "No. Radicado;Fecha Radicación;Tipo;NOMBRE PETICIONARIO;Cedula;Teléfono;Correo";

    private static readonly string[] PersonalValues =
        ["María Peña Gómez", "1.234.567", "1234567", "3001234567", "maria@correo.co", "Jorge Ruiz", "80.111.222", "80111222", "6017654321", "jorge@correo.co"];

    private static readonly MappingProfile Profile = TestProfiles.Csv with
    {
        PersonalDataColumns = ["Nombre Peticionario", "Cédula", "TELEFONO", "correo"],
    };

    private static readonly MappingProfile HashingProfile = Profile with
    {
        HashPetitioner = true,
        PetitionerIdColumn = "Cédula",
    };

    private readonly TempDirectory _dir = new();

    static PersonalDataTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _dir.Dispose();

    private string CsvFile() =>
        _dir.WriteBytes("pqrsd.csv", new UTF8Encoding(false).GetBytes(string.Join("\n",
            Header,
            "2024-1;01/04/2024;Queja;María Peña Gómez;1.234.567;3001234567;maria@correo.co",
            "2024-2;02/04/2024;Reclamo;Jorge Ruiz;80.111.222;6017654321",
            "2024-3;03/04/2024;Queja;María Peña Gómez;1234567 ;3001234567;maria@correo.co",
            ""))
            // A damaged row whose personal cells are intact: the problem must not carry them either.
            .Concat(Encoding.GetEncoding(1252).GetBytes("2024-4;04/04/2024;Petición;Jorge Ruiz;80111222;6017654321;jorge@correo.co\n"))
            .ToArray());

    private string XlsxFile() => Workbooks.Write(_dir.File("pqrsd.xlsx"),
        ["Reporte de PQRSD", null, null, null, null, null, null],
        Header.Split(';'),
        ["2024-1", new DateTime(2024, 4, 1), "Queja", "María Peña Gómez", "1.234.567", 3001234567d, "maria@correo.co"],
        ["2024-2", new DateTime(2024, 4, 2), "Reclamo", "Jorge Ruiz", 80111222d, "6017654321", "jorge@correo.co", "extra"],
        ["2024-3", new DateTime(2024, 4, 3), "Queja", "María Peña Gómez", "1234567", "3001234567", "maria@correo.co"]);

    [Fact]
    public void Personal_columns_never_reach_headers_or_cells()
    {
        var table = CsvSource.Open(CsvFile(), Profile with { Encoding = "utf-8" });

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        table.Rows().Should().AllSatisfy(r => r.Cells.Keys.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo"));
    }

    [Fact]
    public void No_personal_value_survives_in_any_record_or_problem_from_a_csv()
    {
        var table = CsvSource.Open(CsvFile(), HashingProfile with { Encoding = "utf-8" }, TestProfiles.Salt);

        var records = table.ReadAll();

        records.Should().HaveCount(4);
        records.Count(r => !r.IsReadable).Should().Be(2, "one row is ragged and one is damaged");
        AssertNoPersonalValueIn(table, records);
    }

    [Fact]
    public void No_personal_value_survives_in_any_record_or_problem_from_a_workbook()
    {
        var table = XlsxSource.Open(XlsxFile(), HashingProfile with { Format = SourceFormat.Xlsx }, TestProfiles.Salt);

        var records = table.ReadAll();

        records.Should().HaveCount(3);
        records[1].IsReadable.Should().BeFalse("the row has a value beyond the header");
        AssertNoPersonalValueIn(table, records);
    }

    [Fact]
    public void The_petitioner_id_is_replaced_by_a_salted_hash_that_ignores_punctuation()
    {
        var rows = CsvSource.Open(CsvFile(), HashingProfile with { Encoding = "utf-8" }, TestProfiles.Salt).Rows();

        rows.Should().HaveCount(2);
        var first = rows[0].Cells[PetitionerHash.CellKey];
        first.Should().MatchRegex("^[0-9a-f]{64}$").And.Be(PetitionerHash.Of("1234567", TestProfiles.Salt));
        rows[1].Cells[PetitionerHash.CellKey].Should().Be(first, "\"1.234.567\" and \"1234567 \" are the same document");
        rows[0].Cells.Keys.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo", PetitionerHash.CellKey);
    }

    [Fact]
    public void The_hash_depends_on_the_salt()
    {
        PetitionerHash.Of("1234567", TestProfiles.Salt).Should().NotBe(PetitionerHash.Of("1234567", TestProfiles.Salt + "x"));
        PetitionerHash.Of(" .- ", TestProfiles.Salt).Should().BeNull();
    }

    [Fact]
    public void Workbook_ids_stored_as_numbers_hash_like_the_same_id_typed_as_text()
    {
        var rows = XlsxSource.Open(XlsxFile(), HashingProfile with { Format = SourceFormat.Xlsx }, TestProfiles.Salt).Rows();

        rows.Select(r => r.Cells[PetitionerHash.CellKey]).Should().AllBe(PetitionerHash.Of("1234567", TestProfiles.Salt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("corta")]
    public void Hashing_without_a_proper_salt_refuses_to_read(string? salt)
    {
        var open = () => CsvSource.Open(CsvFile(), HashingProfile, salt);

        open.Should().Throw<SourceException>().WithMessage("*\"hash_peticionario\"*sal*");
    }

    [Fact]
    public void Hashing_a_column_the_file_lacks_refuses_to_read()
    {
        var open = () => CsvSource.Open(CsvFile(), HashingProfile with { PetitionerIdColumn = "Documento" }, TestProfiles.Salt);

        open.Should().Throw<SourceException>().WithMessage("El archivo 'pqrsd.csv' no tiene la columna \"Documento\"*");
    }

    [Fact]
    public void A_listed_personal_column_missing_from_the_file_is_noticed()
    {
        var table = CsvSource.Open(CsvFile(), Profile with { PersonalDataColumns = ["Cédula", "Dirección"] });

        table.Notices.Should().Contain(n => n.StartsWith("La columna de datos personales \"Dirección\" no está en 'pqrsd.csv'"));
        table.Headers.Should().Contain("Teléfono", "columns not listed as personal are kept");
    }

    private static void AssertNoPersonalValueIn(SourceTable table, List<SourceRecord> records)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var everything = string.Join("\n",
            string.Join(";", table.Headers),
            string.Join(";", table.Notices),
            JsonSerializer.Serialize(records, options),
            string.Join("\n", records.Select(r => r.ToString())));

        everything.Should().Contain("2024-1", "the dump must hold the rows for this check to mean anything");
        foreach (var value in PersonalValues)
            everything.Should().NotContain(value);
    }
}
