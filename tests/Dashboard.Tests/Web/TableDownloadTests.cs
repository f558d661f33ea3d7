using System.Text;
using IndicadoresServicio.Dashboard.Web.Tables;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class TableDownloadTests
{
    private static readonly ReportTable Sample = new("Filas en cuarentena",
        ["Radicado", "Motivo", "Línea", "Promedio", "Radicada el", "Cargada", "Resultado"],
        [
            ["=SUMA(A1:A9)", "El tipo «TUTELA» no existe", 6L, 12.5, new DateOnly(2024, 3, 27), new DateTime(2024, 7, 15, 6, 5, 0), new TrafficLight(LightColour.Rojo, "Fallida")],
            ["+57 300", "Dice; \"con comillas\"\ny salto", -3L, null, null, null, new TrafficLight(LightColour.Verde, "Exitosa")],
            ["@usuario", "-resta", 0L, 1.25, new DateOnly(2024, 1, 2), null, null],
        ]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Secretaría de Hacienda", "Secretaría de Hacienda")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string text, string expected) =>
        TableDownload.Neutralise(text).Should().Be(expected);

    [Fact]
    public void The_csv_is_utf8_with_a_byte_order_mark_semicolon_separated_with_colombian_decimals()
    {
        var bytes = TableDownload.Csv(Sample);

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Split("\r\n").Should().StartWith(
        [
            "Radicado;Motivo;Línea;Promedio;Radicada el;Cargada;Resultado",
            "'=SUMA(A1:A9);El tipo «TUTELA» no existe;6;12,5;2024-03-27;2024-07-15 06:05;Fallida",
            "'+57 300;\"Dice; \"\"con comillas\"\"\ny salto\";-3;;;;Exitosa",
            "'@usuario;'-resta;0;1,25;2024-01-02;;",
        ]);
    }

    [Fact]
    public void The_xlsx_opens_with_miniexcel_with_typed_cells_and_neutralised_text()
    {
        using var stream = new MemoryStream(TableDownload.Xlsx(Sample));

        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        rows.Should().HaveCount(3);
        rows[0]["Radicado"].Should().Be("'=SUMA(A1:A9)");
        rows[1]["Radicado"].Should().Be("'+57 300");
        rows[2]["Motivo"].Should().Be("'-resta");
        rows[0]["Línea"].Should().Be(6d);
        rows[1]["Línea"].Should().Be(-3d, "numbers stay numbers: only text is neutralised");
        rows[0]["Promedio"].Should().Be(12.5);
        rows[0]["Radicada el"].Should().Be(new DateTime(2024, 3, 27));
        rows[0]["Resultado"].Should().Be("Fallida", "a traffic light downloads as its words");
        stream.GetSheetNames().Should().Equal("Filas en cuarentena");
    }

    [Fact]
    public void An_empty_table_still_downloads_its_headers()
    {
        var empty = new ReportTable("Cargas", ["Carga", "Fuente"], []);

        using var stream = new MemoryStream(TableDownload.Xlsx(empty));
        stream.Query().Cast<IDictionary<string, object?>>().First().Values.Should().Equal("Carga", "Fuente");
        Encoding.UTF8.GetString(TableDownload.Csv(empty)).Should().EndWith("Carga;Fuente\r\n");
    }

    [Fact]
    public void The_file_is_named_after_the_table_and_the_day_and_only_xlsx_and_csv_exist()
    {
        var today = new DateOnly(2024, 7, 15);

        TableDownload.File(Sample, "xlsx", today)!.Value.FileName.Should().Be("filas-en-cuarentena-2024-07-15.xlsx");
        TableDownload.File(Sample, "csv", today)!.Value.ContentType.Should().Be("text/csv; charset=utf-8");
        TableDownload.File(Sample, "pdf", today).Should().BeNull();
    }
}
