using Dapper;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Tests.Sources;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Etl.Tests.Load;

public sealed class XlsxLoadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-xlsx-").FullName;

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory, MemberData(nameof(Engines))]
    public void An_excel_report_with_title_rows_real_dates_and_serial_dates_loads_with_its_dates_right(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var book = Workbooks.Write(Path.Combine(_folder, "sede.xlsx"),
            ["Reporte de PQRSD - Alcaldía de Prueba"],
            ["Generado el 2024-07-01"],
            ["Radicado", "Fecha de Radicación", "Tipo", "Respondida", "Código DANE", "Correo"],
            ["SE-1", new DateTime(2024, 3, 27, 9, 30, 0), "Petición", new DateTime(2024, 4, 10), "08001", "x@y.co"],
            ["SE-2", 45383, "Queja", null, "08001", "z@y.co"],                     // serial date: 2024-04-01
            ["SE-3", "no es fecha", "Queja", null, "08001", "w@y.co"]);
        var profilePath = Path.Combine(_folder, "sede.json");
        File.WriteAllText(profilePath, """
            {"fuente": "sede-electronica", "entidad": "Alcaldía de Prueba", "formato": "xlsx",
             "formatos_fecha": ["dd/MM/yyyy"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha de Radicación", "tipo": "Tipo", "respondido_el": "Respondida"},
             "datos_personales": ["Correo"]}
            """);
        var today = new DateOnly(2024, 7, 1);

        var summary = DatasetProfiles.Open(profilePath).LoadFile(test.Warehouse, book, new FileLoadOptions(today, today, _folder, null));

        summary.Should().BeEquivalentTo(new { Read = 3L, Inserted = 2L, Quarantined = 1L });
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<(string Radicado, DateOnly Filed, DateOnly Due)>(
                "SELECT radicado, filed_on, due_on FROM fct_petition ORDER BY radicado")
            .Should().Equal(("SE-1", new DateOnly(2024, 3, 27), new DateOnly(2024, 4, 19)),
                            ("SE-2", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 22)));
        connection.QuerySingle<(long Line, string Column)>("SELECT line, column_name FROM etl_quarantine")
            .Should().Be((6L, "Fecha de Radicación"), "the bad date sits on worksheet row 6");
        connection.QuerySingle<string>("SELECT row_data FROM etl_quarantine").Should().NotContain("w@y.co");
    }
}
