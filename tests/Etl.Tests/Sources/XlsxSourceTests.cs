using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class XlsxSourceTests : IDisposable
{
    private static readonly object?[] Header = ["No. Radicado", "Fecha Radicación", "Tipo"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Workbook(params object?[][] rows) => Workbooks.Write(_dir.File("pqrsd.xlsx"), rows);

    private static SourceTable Open(string path, Etl.Profiles.MappingProfile? profile = null) =>
        XlsxSource.Open(path, profile ?? TestProfiles.Xlsx);

    [Fact]
    public void Two_title_rows_above_the_header_are_skipped_and_rows_keep_their_worksheet_numbers()
    {
        var path = Workbook(
            ["ALCALDÍA DE EJEMPLO - REPORTE PQRSD", null, null],
            ["Corte: marzo 2024", null, null],
            Header,
            ["2024-1", "01/04/2024", "Queja"],
            ["2024-2", "02/04/2024", "Reclamo"]);

        var table = Open(path);

        table.Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
        table.Rows().Select(r => r.Line).Should().Equal(4, 5);
        table.Notices.Should().Contain(n => n.Contains("fila 3"));
    }

    [Fact]
    public void The_radicado_header_is_found_ignoring_accents_and_case()
    {
        var profile = TestProfiles.Xlsx with
        {
            Columns = new Dictionary<string, string>(TestProfiles.Xlsx.Columns) { ["radicado"] = "número de radicado" },
        };
        var path = Workbook(
            ["Reporte", "de", "PQRSD", "con título largo"],
            ["NÚMERO DE RADICADO", "Fecha", "Tipo", null],
            ["2024-1", "01/04/2024", "Queja", null]);

        Open(path, profile).Rows().Single().Line.Should().Be(3);
    }

    [Fact]
    public void Without_the_radicado_header_the_first_row_with_three_titles_is_the_header()
    {
        var path = Workbook(
            ["Reporte PQRSD", null, null],
            ["Radicado", "Fecha", "Clase"],
            ["2024-1", "01/04/2024", "Queja"]);

        var table = Open(path);

        table.Headers.Should().Equal("Radicado", "Fecha", "Clase");
        table.Rows().Single().Line.Should().Be(3);
    }

    [Fact]
    public void The_header_row_in_the_profile_is_obeyed()
    {
        var path = Workbook(
            ["No. Radicado", "Fecha Radicación", "Tipo"],
            ["Radicado", "Fecha", "Clase"],
            ["2024-1", "01/04/2024", "Queja"]);

        Open(path, TestProfiles.Xlsx with { HeaderRow = 2 }).Headers.Should().Equal("Radicado", "Fecha", "Clase");
    }

    [Fact]
    public void A_workbook_without_a_recognisable_header_asks_for_the_header_row()
    {
        var path = Workbook(["solo", "dos"], [1, 2]);

        var open = () => Open(path);

        open.Should().Throw<SourceException>().WithMessage("No se encontró el encabezado en las primeras 30 filas*\"fila_encabezado\"*");
    }

    [Fact]
    public void The_sheet_named_in_the_profile_is_read_matching_accents_and_case()
    {
        var path = Workbooks.Write(_dir.File("libro.xlsx"), new Dictionary<string, object?[][]>
        {
            ["Resumen"] = [["Total", "Abiertas", "Cerradas"], [10, 4, 6]],
            ["Petición"] = [Header, ["2024-1", "01/04/2024", "Queja"]],
        });

        var table = Open(path, TestProfiles.Xlsx with { Sheet = "PETICION" });

        table.Rows().Single().Cells["Tipo"].Should().Be("Queja");
        table.Notices.Should().Contain("Hoja leída: \"Petición\".");
    }

    [Fact]
    public void Without_a_sheet_in_the_profile_the_first_sheet_is_read()
    {
        var path = Workbooks.Write(_dir.File("libro.xlsx"), new Dictionary<string, object?[][]>
        {
            ["Datos"] = [Header, ["2024-1", "01/04/2024", "Queja"]],
            ["Otra"] = [["x", "y", "z"]],
        });

        Open(path).Headers.Should().Equal("No. Radicado", "Fecha Radicación", "Tipo");
    }

    [Fact]
    public void A_missing_sheet_lists_the_sheets_the_workbook_has()
    {
        var path = Workbook(Header);

        var open = () => Open(path, TestProfiles.Xlsx with { Sheet = "PQRSD 2024" });

        open.Should().Throw<SourceException>().WithMessage("El libro 'pqrsd.xlsx' no tiene la hoja \"PQRSD 2024\". Hojas del libro: \"Hoja1\".");
    }

    [Fact]
    public void A_real_date_cell_becomes_invariant_iso_text()
    {
        var path = Workbook(Header, ["2024-1", new DateTime(2024, 4, 1, 13, 5, 0), "Queja"]);

        Open(path).Rows().Single().Cells["Fecha Radicación"].Should().Be("2024-04-01 13:05:00");
    }

    [Fact]
    public void A_serial_date_stays_a_number_that_the_serial_date_helper_understands()
    {
        var path = Workbook(Header, ["2024-1", 45383, "Queja"]);

        var cell = Open(path).Rows().Single().Cells["Fecha Radicación"];

        cell.Should().Be("45383");
        ExcelSerialDate.TryParse(cell!, out var date).Should().BeTrue();
        date.Should().Be(new DateTime(2024, 4, 1));
    }

    [Fact]
    public void A_code_with_leading_zeros_written_as_text_stays_text()
    {
        var path = Workbook(["No. Radicado", "Fecha Radicación", "Tipo", "Municipio"], ["2024-1", "01/04/2024", "Queja", "08001"]);

        Open(path).Rows().Single().Cells["Municipio"].Should().Be("08001");
    }

    [Theory]
    [InlineData(20240100012345d, "20240100012345")]
    [InlineData(8001d, "8001")]
    [InlineData(0.5d, "0.5")]
    [InlineData(1e20d, "100000000000000000000")]
    [InlineData(-12.25d, "-12.25")]
    public void Numbers_become_invariant_text_without_exponents(double number, string expected)
    {
        var path = Workbook(Header, [number, "01/04/2024", "Queja"]);

        Open(path).Rows().Single().Cells["No. Radicado"].Should().Be(expected);
    }

    [Fact]
    public void Booleans_become_lower_case_words()
    {
        var path = Workbook(Header, ["2024-1", "01/04/2024", true]);

        Open(path).Rows().Single().Cells["Tipo"].Should().Be("true");
    }

    [Fact]
    public void Empty_rows_are_skipped_and_blank_cells_are_null()
    {
        var path = Workbook(Header, [null, null, null], ["2024-2", null, "  "]);

        var row = Open(path).Rows().Single();

        row.Line.Should().Be(3);
        row.Cells["Fecha Radicación"].Should().BeNull();
        row.Cells["Tipo"].Should().BeNull();
    }

    [Fact]
    public void A_value_beyond_the_last_titled_column_is_a_problem()
    {
        var path = Workbook(
            ["No. Radicado", "Fecha Radicación", "Tipo", null, null],
            ["2024-1", "01/04/2024", "Queja", null, "nota suelta"],
            ["2024-2", "02/04/2024", "Reclamo", null, null]);

        var records = Open(path).ReadAll();

        records[0].Problem.Should().Be(new SourceProblem(2, null, QuarantineReason.FieldCount, "la fila tiene 5 campos y el encabezado 3"));
        records[1].Row!.Cells["Tipo"].Should().Be("Reclamo");
    }

    [Fact]
    public void An_untitled_column_between_titled_ones_is_named_by_its_position()
    {
        var path = Workbook(["No. Radicado", null, "Tipo"], ["2024-1", "x", "Queja"]);

        var table = Open(path);

        table.Headers.Should().Equal("No. Radicado", "(sin nombre 2)", "Tipo");
        table.Rows().Single().Cells["(sin nombre 2)"].Should().Be("x");
    }

    [Fact]
    public void A_repeated_header_is_addressed_by_its_occurrence_number()
    {
        var path = Workbook(["No. Radicado", "Tipo", "tipo", "TIPO"], ["2024-1", "Queja", "Reclamo", "Denuncia"]);

        var table = Open(path);

        table.Headers.Should().Equal("No. Radicado", "Tipo", "tipo (2)", "TIPO (3)");
        var row = table.Rows().Single();
        row.Cells["Tipo"].Should().Be("Queja");
        row.Cells["Tipo (2)"].Should().Be("Reclamo");
        row.Cells["tipo (3)"].Should().Be("Denuncia");
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_in_Spanish()
    {
        var path = _dir.WriteText("reporte.xlsx", "<html><table><tr><td>No. Radicado</td></tr></table></html>");

        var open = () => Open(path);

        open.Should().Throw<SourceException>().WithMessage("'reporte.xlsx' no es un libro de Excel .xlsx*");
    }

    [Fact]
    public void A_damaged_workbook_is_refused_in_Spanish()
    {
        var path = _dir.WriteBytes("roto.xlsx", [(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2, 3]);

        var open = () => Open(path).ReadAll();

        open.Should().Throw<SourceException>().WithMessage("No se pudo abrir el libro 'roto.xlsx'*");
    }
}
