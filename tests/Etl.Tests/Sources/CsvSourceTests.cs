using System.Text;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class CsvSourceTests : IDisposable
{
    private const string Header = "No. Radicado;Fecha Radicación;Tipo";
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    private readonly TempDirectory _dir = new();

    static CsvSourceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _dir.Dispose();

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private SourceTable Open(string text, MappingProfile? profile = null, Encoding? encoding = null) =>
        CsvSource.Open(_dir.WriteText("pqrsd.csv", text, encoding ?? Utf8NoBom), profile ?? TestProfiles.Csv);

    [Fact]
    public void Utf8_with_a_byte_order_mark_keeps_accents_and_no_mark_in_the_first_header()
    {
        var table = Open($"{Header}\n2024-1;01/04/2024;Petición\n", encoding: new UTF8Encoding(true));

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        table.Rows().Single().Cells["Tipo"].Should().Be("Petición");
        table.Notices.Should().Contain(n => n.Contains("UTF-8 (con BOM)"));
    }

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_detected()
    {
        var table = Open($"{Header}\n2024-1;01/04/2024;Queja de la señora Peña\n");

        table.Rows().Single().Cells["Tipo"].Should().Be("Queja de la señora Peña");
        table.Notices.Should().Contain("Codificación detectada: UTF-8.");
    }

    [Fact]
    public void Windows_1252_is_detected_when_the_bytes_are_not_valid_utf8()
    {
        var path = _dir.WriteBytes("orfeo.csv", Windows1252.GetBytes($"{Header}\r\n2024-1;01/04/2024;Peña\r\n"));

        var table = CsvSource.Open(path, TestProfiles.Csv);

        table.Headers.Should().Contain("Fecha Radicación");
        table.Rows().Single().Cells["Tipo"].Should().Be("Peña");
        table.Notices.Should().Contain(n => n.Contains("windows-1252"));
    }

    [Fact]
    public void Latin1_named_in_the_profile_is_used()
    {
        var path = _dir.WriteBytes("sdqs.csv", Encoding.Latin1.GetBytes($"{Header}\n2024-1;01/04/2024;Radicación\n"));

        var table = CsvSource.Open(path, TestProfiles.Csv with { Encoding = "latin-1" });

        table.Rows().Single().Cells["Tipo"].Should().Be("Radicación");
    }

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public void The_delimiter_is_detected_from_the_header_line(string delimiter)
    {
        var table = Open($"No. Radicado{delimiter}Fecha Radicación{delimiter}Tipo\n2024-1{delimiter}01/04/2024{delimiter}Queja\n");

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        table.Rows().Single().Cells["Tipo"].Should().Be("Queja");
    }

    [Fact]
    public void A_delimiter_in_the_profile_overrides_detection()
    {
        // Three commas against two semicolons: detection alone would split on commas.
        const string text = "No. Radicado;Fecha, hora;Tipo, clase, subclase\n2024-1;01/04/2024;Queja, verbal, urgente\n";

        var table = Open(text, TestProfiles.Csv with { Delimiter = ";" });

        table.Headers.Should().Equal("No. Radicado", "Fecha, hora", "Tipo, clase, subclase");
        table.Rows().Single().Cells["Tipo, clase, subclase"].Should().Be("Queja, verbal, urgente");
    }

    [Fact]
    public void Delimiters_inside_quotes_do_not_count_when_detecting()
    {
        var table = Open("\"No. Radicado\";\"Fecha, hora, zona\";\"Tipo\"\n2024-1;01/04/2024;Queja\n");

        table.Headers.Should().Equal("No. Radicado", "Fecha, hora, zona", "Tipo");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_quoted_field_spanning_lines_keeps_its_breaks_and_the_next_record_its_own_line(string newline)
    {
        var text = string.Join(newline,
            Header,
            "2024-1;01/04/2024;\"Solicita arreglo",
            "de la vía",
            "principal\"",
            "2024-2;02/04/2024;Queja",
            "");

        var rows = Open(text).Rows();

        rows.Select(r => r.Line).Should().Equal(2, 5);
        rows[0].Cells["Tipo"].Should().Be(string.Join(newline, "Solicita arreglo", "de la vía", "principal"));
        rows[1].Cells["No. Radicado"].Should().Be("2024-2");
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_become_one_quote()
    {
        var row = Open($"{Header}\n2024-1;01/04/2024;\"Dijo \"\"urgente\"\" dos veces\"\n").Rows().Single();

        row.Cells["Tipo"].Should().Be("Dijo \"urgente\" dos veces");
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_in_line_numbers()
    {
        var rows = Open($"\n\n{Header}\n\n2024-1;01/04/2024;Queja\n   \n2024-2;02/04/2024;Reclamo\n;;\n").Rows();

        rows.Select(r => r.Line).Should().Equal(5, 7);
    }

    [Fact]
    public void A_row_with_more_or_fewer_fields_than_the_header_is_a_problem_and_reading_goes_on()
    {
        var records = Open($"{Header}\n2024-1;01/04/2024\n2024-2;02/04/2024;Queja;extra\n2024-3;03/04/2024;Reclamo\n").ReadAll();

        records.Select(r => r.Line).Should().Equal(2, 3, 4);
        records[0].Problem.Should().Be(new SourceProblem(2, null, QuarantineReason.FieldCount, "la fila tiene 2 campos y el encabezado 3"));
        records[1].Problem.Should().Be(new SourceProblem(3, null, QuarantineReason.FieldCount, "la fila tiene 4 campos y el encabezado 3"));
        records[2].Row!.Cells["Tipo"].Should().Be("Reclamo");
    }

    [Fact]
    public void A_quote_that_never_closes_is_reported_with_the_lines_it_swallowed()
    {
        var problem = Open($"{Header}\n2024-1;01/04/2024;\"Queja sin cerrar\n2024-2;02/04/2024;Reclamo\n2024-3;03/04/2024;Queja\n").Problems().Single();

        problem.Line.Should().Be(2);
        problem.Reason.Should().Contain("ocupa las líneas 2 a 4").And.Contain("comillas sin cerrar");
    }

    [Fact]
    public void Text_damaged_by_a_wrong_encoding_is_a_problem_naming_the_row_and_column()
    {
        var bytes = Utf8NoBom.GetBytes($"{Header}\n2024-1;01/04/2024;Queja\n")
            .Concat(Windows1252.GetBytes("2024-2;02/04/2024;Peña\n"))
            .Concat(Utf8NoBom.GetBytes("2024-3;03/04/2024;Reclamo\n"))
            .ToArray();
        var path = _dir.WriteBytes("mixto.csv", bytes);

        var records = CsvSource.Open(path, TestProfiles.Csv with { Encoding = "utf-8" }).ReadAll();

        records.Should().HaveCount(3);
        records[1].Problem!.Line.Should().Be(3);
        records[1].Problem!.Column.Should().Be("Tipo");
        records[1].Problem!.Reason.Should().StartWith("texto dañado por una codificación equivocada en \"Tipo\"");
        records[2].Row!.Cells["Tipo"].Should().Be("Reclamo");
    }

    [Fact]
    public void A_mostly_utf8_file_with_a_pasted_windows_1252_row_is_read_as_utf8_and_the_row_is_a_problem()
    {
        var bytes = Utf8NoBom.GetBytes($"{Header}\n2024-1;01/04/2024;Petición\n2024-2;02/04/2024;Queja\n")
            .Concat(Windows1252.GetBytes("2024-3;03/04/2024;Peña\n"))
            .ToArray();
        var path = _dir.WriteBytes("mixto.csv", bytes);

        var table = CsvSource.Open(path, TestProfiles.Csv);

        table.Headers.Should().Contain("Fecha Radicación");
        table.Rows().Select(r => r.Cells["Tipo"]).Should().Equal("Petición", "Queja");
        table.Problems().Should().ContainSingle().Which.Line.Should().Be(4);
        table.Notices.Should().Contain(n => n.Contains("UTF-8, con algunas filas en otra codificación"));
    }

    [Fact]
    public void Windows_1252_bytes_beyond_the_detection_sample_become_problems_rather_than_wrong_text()
    {
        var text = new StringBuilder(Header).Append('\n');
        var line = 1;
        while (text.Length < 70 * 1024)
            text.Append($"2024-{++line};01/04/2024;Queja\n");
        var bytes = Utf8NoBom.GetBytes(text.ToString()).Concat(Windows1252.GetBytes("2024-x;01/04/2024;Peña\n")).ToArray();
        var path = _dir.WriteBytes("largo.csv", bytes);

        var table = CsvSource.Open(path, TestProfiles.Csv);

        table.Problems().Should().ContainSingle().Which.Should().Match<SourceProblem>(p => p.Line == line + 1 && p.Column == "Tipo");
        table.Notices.Should().Contain("Codificación detectada: UTF-8.");
    }

    [Fact]
    public void A_header_damaged_by_the_wrong_encoding_stops_the_file_with_a_Spanish_message()
    {
        var path = _dir.WriteBytes("orfeo.csv", Windows1252.GetBytes($"{Header}\n2024-1;01/04/2024;Queja\n"));

        var open = () => CsvSource.Open(path, TestProfiles.Csv with { Encoding = "utf-8" });

        open.Should().Throw<SourceException>().WithMessage("El encabezado de 'orfeo.csv' tiene caracteres dañados*utf-8*codificacion*");
    }

    [Fact]
    public void Headers_are_trimmed_and_cells_are_found_ignoring_accents_case_and_spaces()
    {
        var row = Open("  No. Radicado ; Fecha Radicación;Tipo \n2024-1;01/04/2024;Queja\n").Rows().Single();

        row.Cells.Keys.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        row.Cells["fecha  radicacion"].Should().Be("01/04/2024");
        row.Cells.ContainsKey("TIPO").Should().BeTrue();
        row.Cells.ContainsKey("Asunto").Should().BeFalse();
    }

    [Fact]
    public void Blank_cells_are_null_and_other_text_is_kept_as_written()
    {
        var row = Open($"{Header}\n2024-1;  ; Queja \n").Rows().Single();

        row.Cells["Fecha Radicación"].Should().BeNull();
        row.Cells["Tipo"].Should().Be(" Queja ");
    }

    [Theory]
    [InlineData("No. Radicado;Tipo;Fecha Radicación;Tipo", "Tipo (2)")]
    [InlineData("No. Radicado;Fecha Radicación;Tipo;TIPO ", "TIPO (2)")]
    [InlineData("No. Radicado;Fecha Radicacion;Tipo;Fecha Radicación", "Fecha Radicación (2)")]
    public void A_repeated_header_is_addressed_by_its_occurrence_number(string header, string second)
    {
        var row = Open($"{header}\n1;2;3;4\n").Rows().Single();

        row.Cells[second].Should().Be("4");
        row.Cells.Should().HaveCount(4);
    }

    [Fact]
    public void A_trailing_delimiter_gives_a_column_named_by_its_position()
    {
        var table = Open($"{Header};\n2024-1;01/04/2024;Queja;\n");

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo", "(sin nombre 4)");
        table.Rows().Should().ContainSingle();
    }

    [Fact]
    public void Title_lines_above_the_header_are_skipped_when_the_radicado_header_is_found_below()
    {
        var text = $"REPORTE DE PQRSD;;\nGenerado el 01/04/2024;;\n{Header}\n2024-1;01/04/2024;Queja\n";

        var table = Open(text);

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        table.Rows().Single().Line.Should().Be(4);
        table.Notices.Should().Contain(n => n.Contains("línea 3"));
    }

    [Fact]
    public void Without_the_radicado_header_the_first_non_blank_line_is_the_header()
    {
        var table = Open("\nRadicado;Fecha;Clase\n2024-1;01/04/2024;Queja\n");

        table.Headers.Should().Equal("Radicado", "Fecha", "Clase");
        table.Rows().Single().Line.Should().Be(3);
    }

    [Fact]
    public void The_header_line_in_the_profile_is_obeyed()
    {
        var table = Open($"Titulo\nSubtitulo;x\n{Header}\n2024-1;01/04/2024;Queja\n", TestProfiles.Csv with { HeaderRow = 3 });

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        table.Rows().Single().Line.Should().Be(4);
    }

    [Fact]
    public void A_header_line_beyond_the_end_of_the_file_is_reported()
    {
        var open = () => Open($"{Header}\n", TestProfiles.Csv with { HeaderRow = 5 });

        open.Should().Throw<SourceException>().WithMessage("El archivo 'pqrsd.csv' tiene 1 líneas; no llega a la línea de encabezado 5*");
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var open = () => Open("\n \n");

        open.Should().Throw<SourceException>().WithMessage("El archivo 'pqrsd.csv' está vacío.");
    }

    [Fact]
    public void A_header_without_rows_gives_an_empty_table()
    {
        var table = Open($"{Header}\n");

        table.Headers.Should().HaveCount(3);
        table.ReadAll().Should().BeEmpty();
    }

    [Fact]
    public void Records_can_be_read_twice_because_each_enumeration_rereads_the_file()
    {
        var table = Open($"{Header}\n2024-1;01/04/2024;Queja\n2024-2;02/04/2024;Reclamo\n");

        table.ReadAll().Should().HaveCount(2);
        table.ReadAll().Should().HaveCount(2);
    }

    [Fact]
    public void The_table_is_named_after_the_file()
    {
        Open($"{Header}\n").FileName.Should().Be("pqrsd.csv");
    }
}
