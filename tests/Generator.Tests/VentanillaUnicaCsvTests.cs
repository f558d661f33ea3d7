using System.Text;
using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Generator.Tests;

[Collection(GeneratedMunicipalityCollection.Name)]
public sealed class VentanillaUnicaCsvTests(GeneratedMunicipality municipality)
{
    private static readonly string[] ExpectedHeaders =
    [
        "No. Radicado", "Fecha Radicación", "Tipo de Solicitud", "Medio de Recepción", "Dependencia", "Asunto",
        "Tipo Peticionario", "Nombre Peticionario", "Cédula", "Teléfono", "Correo", "Dirección", "Fecha Límite",
        "Días Prórroga", "Fecha Respuesta", "Trasladado", "Estado",
    ];

    private string CsvPath => municipality.File("ventanilla-unica.csv");

    [Fact]
    public void The_export_is_encoded_in_windows_1252_and_not_in_utf8()
    {
        var bytes = File.ReadAllBytes(CsvPath);
        var headerLine = CsvExport.Windows1252.GetBytes(string.Join(';', ExpectedHeaders) + "\r\n");

        bytes.Take(headerLine.Length).Should().Equal(headerLine, "the header is written byte by byte in windows-1252, without BOM");
        var decodingAsUtf8 = () => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        decodingAsUtf8.Should().Throw<DecoderFallbackException>("accented letters are single bytes in windows-1252");
    }

    [Fact]
    public void Fields_are_separated_by_semicolons_under_the_spanish_headers()
    {
        municipality.CsvHeaders.Should().Equal(ExpectedHeaders);
        municipality.CsvRows.Should().HaveCount((int)GeneratedMunicipality.CsvRowCount);
    }

    [Fact]
    public void Some_asuntos_are_quoted_because_they_hold_a_semicolon_or_a_line_break()
    {
        var subjects = municipality.CsvRows.Select(row => row["Asunto"]).ToArray();

        subjects.Should().Contain(s => s.Contains(';'));
        subjects.Should().Contain(s => s.Contains('\n'));
        File.ReadAllText(CsvPath, CsvExport.Windows1252).Should().Contain(";\"Paz y salvo; certificados tributarios\";");
    }

    [Fact]
    public void Every_row_says_what_the_canonical_petition_stream_says()
    {
        var profile = Profile.Read(municipality.File("ventanilla-unica.json"));
        var types = profile.Values("tipo");
        var channels = profile.Values("canal");

        municipality.CsvRows.Should().HaveSameCount(municipality.Petitions);
        // Compared in plain code and asserted once: fifty thousand rows times ten assertions would be slow.
        var mismatches = new List<string>();
        foreach (var (row, petition) in municipality.CsvRows.Zip(municipality.Petitions))
        {
            void Expect(bool same, string what)
            {
                if (!same)
                    mismatches.Add($"{petition.Radicado}: {what}");
            }

            Expect(row["No. Radicado"] == petition.Radicado, "radicado");
            Expect(SourceText.DateTimeOf(row["Fecha Radicación"]) == petition.FiledAt, "fecha de radicación");
            Expect(types[row["Tipo de Solicitud"]] == PetitionTypes.Code(petition.Type), "tipo");
            Expect(channels[row["Medio de Recepción"]] == Channels.Code(petition.Channel), "canal");
            Expect(profile.DependencyAliases[row["Dependencia"]] == petition.Dependency, "dependencia");
            Expect(TextKey.Fold(row["Asunto"]) == TextKey.Fold(petition.Topic), "asunto");
            Expect(SourceText.DayOf(row["Fecha Respuesta"]) == petition.AnsweredOn, "fecha de respuesta");
            Expect(SourceText.DayOf(row["Fecha Límite"]) == petition.SourceDueOn, "fecha límite");
            Expect(row["Días Prórroga"] == (petition.ExtensionDays?.ToString() ?? ""), "días de prórroga");
            Expect(row["Trasladado"] == (petition.Transferred ? "SI" : "NO"), "trasladado");
        }
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Radicados_are_unique_and_numbered_in_filing_order()
    {
        var petitions = municipality.Petitions;

        petitions.Select(p => p.Radicado).Should().OnlyHaveUniqueItems();
        petitions.Select(p => p.FiledAt).Should().BeInAscendingOrder();
        petitions.Should().OnlyContain(p => p.Radicado.Length == 15 && p.Radicado.All(char.IsAsciiDigit)
            && p.Radicado.StartsWith(p.FiledAt.Year.ToString()));
    }

    [Fact]
    public void Personal_data_columns_carry_plausible_fake_colombians()
    {
        var rows = municipality.CsvRows;
        var people = rows.Where(r => r["Tipo Peticionario"] == "PERSONA NATURAL").ToArray();
        var anonymous = rows.Where(r => r["Tipo Peticionario"] == "ANONIMO").ToArray();

        people.Should().NotBeEmpty();
        people.Should().OnlyContain(r => r["Nombre Peticionario"].Split(' ', StringSplitOptions.None).Length >= 3);
        people.Should().OnlyContain(r => r["Cédula"].Length >= 7 && r["Cédula"].Length <= 10 && r["Cédula"].All(char.IsAsciiDigit));
        people.Should().OnlyContain(r => r["Teléfono"].Length == 10 && (r["Teléfono"].StartsWith('3') || r["Teléfono"].StartsWith("60")));
        people.Where(r => r["Correo"].Length > 0).Should().OnlyContain(r => r["Correo"].Contains('@'));
        people.Select(r => r["Dirección"]).Should().Contain(a => a.Contains(" # "));
        rows.Where(r => r["Tipo Peticionario"] == "PERSONA JURIDICA").Should().OnlyContain(r => r["Cédula"].Contains('-'), "companies give their NIT");
        anonymous.Should().NotBeEmpty();
        anonymous.Should().OnlyContain(r => r["Cédula"] == "" && r["Teléfono"] == "" && r["Correo"] == "" && r["Dirección"] == "");
    }
}
