using Dapper;
using IndicadoresServicio.Etl.Paac;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Paac;

namespace IndicadoresServicio.Dashboard.Tests.Paac;

/// <summary>
/// The profile's other layouts, each a small hand-made workbook loaded through the ETL and measured at the April
/// cut-off on both engines: a PTEP (components named by the file) with the component in the title above each sheet's
/// header or in a column, and a PAAC with the component in the sheet name or in a column (number or name, accents and
/// case ignored). Figures worked out by hand in the comments, in percent points.
/// </summary>
public sealed class PaacWorkbookVariantsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("indicadores-paac-variantes-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly object?[] Header = ["No.", "Actividad", "Responsable", "Fecha programada", "Avance abril"];

    [Theory, MemberData(nameof(Engines))]
    public void A_ptep_takes_each_component_and_its_vigencia_from_the_titles_above_its_sheets_header_and_skips_a_sheet_without_it(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var title = new object?[] { "PROGRAMA DE TRANSPARENCIA Y ÉTICA PÚBLICA - VIGENCIA 2025" };
        var workbook = PaacPlanWorkbook.Write(Path.Combine(_dir, "ptep.xlsx"), new Dictionary<string, object?[][]>
        {
            ["Instrucciones"] = [["Diligencie una hoja por componente."]],
            ["C1"] =
            [
                title, ["Componente 1: Debida diligencia y prevención del soborno"], Header,
                ["1.1", "Adoptar el formato de conflicto de intereses", "Secretaría General", "31/03/2025", "100%"],
                ["1.2", "Capacitar a los contratistas", null, "junio de 2025", 40],
                ["1.3", "Publicar las declaraciones de bienes y rentas", "Talento Humano", "Permanente", "50 %"],
            ],
            ["C2"] =
            [
                title, ["COMPONENTE 2 - Canales de denuncia"], Header,
                ["2.1.", "Habilitar el canal de denuncias anónimas", "Control Interno", "Cuatrimestral", "Cumplida"],
                ["2.2", "Publicar el informe de denuncias", "Control Interno", "30/04/2025", null],
            ],
        });

        var summary = Load(test.Warehouse, "PTEP", """ "vigencia": null, "hoja": null, "componente_de": "titulo" """, workbook);

        summary.Inserted.Should().Be(5);
        summary.Notices.Should().Contain(n => n.Contains("\"Instrucciones\" omitida"));
        Components(test.Warehouse).Should().Equal(("PTEP", 1, "Debida diligencia y prevención del soborno"), ("PTEP", 2, "Canales de denuncia"));
        // Component 1: 1.1 (100) and the recurring 1.3 (50) are due, 1.2 (June) is not: 75. Component 2: 2.1 "Cumplida"
        // (100) and 2.2 due with no report (0): 50. The plan (75 + 50) / 2 = 62,5; 2 of 4 due at 100 %, 2 lagging.
        var measured = Measure(test.Warehouse, 2025);
        measured.ByComponent.Should().BeEquivalentTo([("Debida diligencia y prevención del soborno", 0.75), ("Canales de denuncia", 0.5)]);
        measured.Plan.Should().Be((0.625, 0.5, 2));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_ptep_with_a_component_column_takes_the_names_written_there_merged_cells_included(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var workbook = PaacPlanWorkbook.Write(Path.Combine(_dir, "ptep.xlsx"), new Dictionary<string, object?[][]>
        {
            ["Léame"] = [["No.", "Actividad"], ["1", "Ejemplo que no es del plan"]],
            ["PTEP 2025"] =
            [
                ["Componente", .. Header],
                ["Gestión de riesgos de corrupción", "1", "Actualizar el mapa de riesgos", "Planeación", "31/01/2025", "80%"],
                [null, "2", "Monitorear el mapa de riesgos", "Planeación", "Trimestral", 60],
                ["Cultura de la integridad", "1", "Semana de la integridad", "Talento Humano", "abril de 2025", "No iniciada"],
            ],
        });

        var summary = Load(test.Warehouse, "PTEP", """ "hoja": "PTEP 2025", "componente_de": "columna" """, workbook, component: "Componente");

        summary.Inserted.Should().Be(3);
        Components(test.Warehouse).Should().Equal(("PTEP", null, "Cultura de la integridad"), ("PTEP", null, "Gestión de riesgos de corrupción"));
        // Risks: (80 + 60) / 2 = 70; integrity: "No iniciada" is 0. The plan (70 + 0) / 2 = 35; none at 100 %.
        var measured = Measure(test.Warehouse, 2025);
        measured.ByComponent.Should().BeEquivalentTo([("Gestión de riesgos de corrupción", 0.7), ("Cultura de la integridad", 0.0)]);
        measured.Plan.Should().Be((0.35, 0.0, 3));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_paac_with_one_sheet_per_component_recognises_each_by_its_sheet_name(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var title = new object?[] { "PLAN ANTICORRUPCIÓN Y DE ATENCIÓN AL CIUDADANO 2024" };
        var workbook = PaacPlanWorkbook.Write(Path.Combine(_dir, "paac.xlsx"), new Dictionary<string, object?[][]>
        {
            ["Comp 2 Trámites"] =
            [
                title, Header,
                ["1.1", "Racionalizar el trámite del impuesto predial", "Secretaría de Hacienda", "30/04/2024", "100%"],
            ],
            ["5. Transparencia"] =
            [
                title, Header,
                ["1.1", "Publicar el directorio de contratistas", "Secretaría General", "Mensual", 40],
                ["1.2", "Actualizar el esquema de publicación", "Secretaría General", "31/12/2024", 10],
            ],
        });

        var summary = Load(test.Warehouse, "PAAC", """ "hoja": null, "componente_de": "hoja" """, workbook);

        summary.Inserted.Should().Be(3);
        Components(test.Warehouse).Should().Equal(("PAAC", 2, "Racionalización de trámites"), ("PAAC", 5, "Transparencia y acceso a la información"));
        // Component 2: 100; component 5: the monthly 1.1 (40), 1.2 not due till December. The plan (100 + 40) / 2 = 70.
        var measured = Measure(test.Warehouse, 2024);
        measured.ByComponent.Should().BeEquivalentTo([("Racionalización de trámites", 1.0), ("Transparencia y acceso a la información", 0.4)]);
        measured.Plan.Should().Be((0.7, 0.5, 1));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_paac_with_a_component_column_recognises_number_or_name_and_quarantines_a_component_it_does_not_know(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var workbook = PaacPlanWorkbook.Write(Path.Combine(_dir, "paac.xlsx"), new Dictionary<string, object?[][]>
        {
            ["Plan"] =
            [
                ["Componente", .. Header],
                ["COMPONENTE 3: RENDICIÓN DE CUENTAS", "3.1", "Publicar el informe de gestión", "Planeación", "Mensual", 50],
                [null, "3.2", "Audiencia pública de rendición de cuentas", "Despacho", "31/03/2024", "Cumplida"],
                ["mecanismos para mejorar la atencion al ciudadano", "4.1", "Caracterizar a los usuarios", "Secretaría General", "30/04/2024", "20 %"],
                ["Componente 9", "9.1", "Otra actividad", "Despacho", "30/04/2024", 10],
            ],
        });

        var summary = Load(test.Warehouse, "PAAC", """ "hoja": null, "componente_de": "columna" """, workbook, component: "Componente");

        summary.Inserted.Should().Be(3);
        summary.Quarantined.Should().Be(1);
        using (var connection = test.Warehouse.OpenConnection())
        {
            var row = connection.QuerySingle("SELECT line, column_name, reason FROM etl_quarantine");
            ((long)row.line).Should().Be(5);
            ((string)row.column_name).Should().Be("Componente");
            ((string)row.reason).Should().Contain("no se reconoce el componente");
        }
        Components(test.Warehouse).Should().Equal(("PAAC", 3, "Rendición de cuentas"), ("PAAC", 4, "Mecanismos para mejorar la atención al ciudadano"));
        // Component 3: (50 + 100) / 2 = 75; component 4: 20. The plan (75 + 20) / 2 = 47,5; 1 of 3 at 100 %.
        var measured = Measure(test.Warehouse, 2024);
        measured.ByComponent.Should().BeEquivalentTo([("Rendición de cuentas", 0.75), ("Mecanismos para mejorar la atención al ciudadano", 0.2)]);
        measured.Plan.Should().Be((0.475, 0.333333, 2));
    }

    private Etl.Load.LoadSummary Load(Warehouse warehouse, string plan, string layout, string workbook, string? component = null)
    {
        var columns = (component is null ? "" : $"\"componente\": \"{component}\", ") +
            "\"actividad_id\": \"No.\", \"actividad\": \"Actividad\", \"responsable\": \"Responsable\", \"fecha_programada\": \"Fecha programada\"";
        var year = plan == "PTEP" ? 2025 : 2024;
        var path = Path.Combine(_dir, "perfil.json");
        File.WriteAllText(path, $$$"""
            {"tipo": "paac", "fuente": "plan", "entidad": "Alcaldía de Ejemplo", "formato": "xlsx", "plan": "{{{plan}}}",
             {{{(layout.Contains("\"vigencia\"", StringComparison.Ordinal) ? "" : $"\"vigencia\": {year},")}}} {{{layout}}}, "fila_encabezado": null, "filas_encabezado": 1,
             "columnas": {{{{columns}}}},
             "seguimientos": [{"corte": "{{{year}}}-04-30", "avance": "Avance abril"}],
             "valores": {"avance": {"Cumplida": 100, "No iniciada": 0}}
            }
            """);
        return PaacLoad.Run(warehouse, PaacProfiles.Load(path), workbook, new DateOnly(2025, 6, 1));
    }

    private static List<(string, int?, string)> Components(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<(string, int?, string)>(
            "SELECT plan_code, CAST(number AS INTEGER), name FROM dim_paac_component ORDER BY number, name").ToList();
    }

    /// <summary>PAAC-AV per component in the plan's order, and the plan's PAAC-AV, PAAC-CUMP and PAAC-REZ, at April 30.</summary>
    private static (List<(string, double)> ByComponent, (double, double, double) Plan) Measure(Warehouse warehouse, int vigencia)
    {
        MeasurementRequest Request(params string[] slices) => new(Period.Of(new(vigencia, 1, 1), new(vigencia, 12, 31)), new(vigencia, 4, 30),
            [IndicatorCode.PaacProgress, IndicatorCode.PaacCompleted, IndicatorCode.PaacLagging], slices.Select(SliceName.Parse).ToList());
        var byComponent = IndicatorPanel.Measure(warehouse, Request("componente"), Targets.Defaults).Results
            .Where(r => r.Code == IndicatorCode.PaacProgress).Select(r => (r.SliceValueOf(SliceName.Component)!, Math.Round(r.Value!.Value, 6))).ToList();
        var plan = IndicatorPanel.Measure(warehouse, Request(), Targets.Defaults).Results.ToDictionary(r => r.Code, r => Math.Round(r.Value!.Value, 6));
        return (byComponent, (plan[IndicatorCode.PaacProgress], plan[IndicatorCode.PaacCompleted], plan[IndicatorCode.PaacLagging]));
    }
}
