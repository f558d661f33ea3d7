using IndicadoresServicio.Generator.Tests.Support;
using MiniExcelLibs;

namespace IndicadoresServicio.Generator.Tests;

[Collection(GeneratedMunicipalityCollection.Name)]
public sealed class SedeElectronicaXlsxTests(GeneratedMunicipality municipality)
{
    private string XlsxPath => municipality.File("sede-electronica.xlsx");

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> DataRows => XlsxExport.DataRows(XlsxPath, headerRow: 3);

    [Fact]
    public void The_workbook_opens_with_MiniExcel_and_its_first_sheet_is_Reporte_PQRSD()
    {
        MiniExcel.GetSheetNames(XlsxPath).First().Should().Be("Reporte PQRSD");
    }

    [Fact]
    public void Two_title_rows_sit_above_the_header()
    {
        var rows = municipality.XlsxRows;

        rows[0][0].Should().Be("Reporte de PQRSD - Alcaldía de San Isidro del Valle");
        rows[1][0].Should().Be("Generado el 01/11/2026 06:15");
        rows[0].Skip(1).Should().OnlyContain(cell => cell == null);
        rows[2].Should().Equal(
            "Código DANE", "Número de Radicado", "Fecha de Recibido", "Clase de Petición", "Canal", "Área Responsable",
            "Tema", "Fecha Vencimiento", "Prórroga Hasta", "Fecha de Respuesta", "Trasladado a otra entidad",
            "Tipo de Peticionario", "Nombres y Apellidos", "Documento", "Celular", "E-mail");
    }

    [Fact]
    public void The_DANE_code_stays_text_with_its_leading_zero()
    {
        DataRows.Should().OnlyContain(row => row["Código DANE"] is string && (string)row["Código DANE"]! == "08001");
    }

    [Fact]
    public void Dates_are_real_excel_dates_not_text()
    {
        var rows = DataRows;

        rows.Should().OnlyContain(row => row["Fecha de Recibido"] is DateTime);
        rows.Should().OnlyContain(row => row["Fecha de Respuesta"] == null || row["Fecha de Respuesta"] is DateTime);
        rows.Should().Contain(row => row["Prórroga Hasta"] is DateTime);
        rows.Select(row => (DateTime)row["Fecha de Recibido"]!).Should().BeInAscendingOrder();
    }

    [Fact]
    public void It_holds_the_requested_rows_and_none_of_its_radicados_is_in_the_csv()
    {
        var radicados = DataRows.Select(row => (string)row["Número de Radicado"]!).ToArray();

        radicados.Should().HaveCount(GeneratedMunicipality.XlsxRowCount).And.OnlyHaveUniqueItems();
        radicados.Should().NotIntersectWith(municipality.Petitions.Select(p => p.Radicado));
        municipality.Summary.XlsxRows.Should().Be(GeneratedMunicipality.XlsxRowCount);
    }

    [Fact]
    public void Answers_never_precede_filing_and_extensions_follow_the_due_date()
    {
        foreach (var row in DataRows)
        {
            var filed = ((DateTime)row["Fecha de Recibido"]!).Date;
            if (row["Fecha de Respuesta"] is DateTime answered)
                answered.Should().BeOnOrAfter(filed);
            if (row["Prórroga Hasta"] is DateTime extended)
                extended.Should().BeAfter((DateTime)row["Fecha Vencimiento"]!);
        }
    }
}
