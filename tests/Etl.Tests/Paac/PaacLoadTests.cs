using Dapper;
using IndicadoresServicio.Etl.Paac;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Paac;

namespace IndicadoresServicio.Etl.Tests.Paac;

public sealed class PaacLoadTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 1, 20);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The profile, read from its JSON as a clerk would write it.</summary>
    private PaacProfile Profile => PaacProfiles.Load(PaacPlanWorkbook.WriteProfile(_dir.File("paac.json")));

    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void Every_activity_row_is_loaded_or_quarantined_and_separators_are_skipped(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var summary = PaacLoad.Run(test.Warehouse, Profile, PaacPlanWorkbook.Plan(_dir.File("paac.xlsx")), Today);

        summary.Read.Should().Be(8);
        summary.Inserted.Should().Be(7);
        summary.Quarantined.Should().Be(1);
        summary.Notices.Should().Contain(n => n.Contains("1 fila(s) sin texto de actividad"));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_bad_progress_is_quarantined_with_file_sheet_line_column_and_reason(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        PaacLoad.Run(test.Warehouse, Profile, PaacPlanWorkbook.Plan(_dir.File("paac.xlsx")), Today);

        using var connection = test.Warehouse.OpenConnection();
        var row = connection.QuerySingle("SELECT file_name, line, column_name, reason FROM etl_quarantine");
        ((string)row.file_name).Should().Be("paac.xlsx");
        ((long)row.line).Should().Be(9);
        ((string)row.column_name).Should().Be("% de avance (2)");
        ((string)row.reason).Should().Contain("hoja «Atención»").And.Contain("«ochenta»");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Activities_keep_component_subcomponent_responsable_after_aliases_and_the_due_date_the_wording_means(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        PaacLoad.Run(test.Warehouse, Profile, PaacPlanWorkbook.Plan(_dir.File("paac.xlsx")), Today);

        using var connection = test.Warehouse.OpenConnection();
        var rows = connection.Query<(string, string, string?, string?, DateOnly?, bool)>("""
            SELECT c.name, a.activity_number, s.name, d.name, a.scheduled_on, a.is_recurring
            FROM fct_paac_activity a JOIN dim_paac_component c ON c.component_id = a.component_id
            LEFT JOIN dim_paac_subcomponent s ON s.subcomponent_id = a.subcomponent_id
            LEFT JOIN dim_dependency d ON d.dependency_id = a.dependency_id
            ORDER BY c.number, a.activity_number
            """).ToList();

        rows.Should().Equal(
            ("Gestión del riesgo de corrupción - Mapa de riesgos de corrupción", "1.1", "Política de administración de riesgos", "Oficina Asesora de Planeación", new DateOnly(2024, 3, 30), false),
            ("Gestión del riesgo de corrupción - Mapa de riesgos de corrupción", "1.2", "Política de administración de riesgos", "Oficina Asesora de Planeación", new DateOnly(2024, 6, 30), false),
            ("Gestión del riesgo de corrupción - Mapa de riesgos de corrupción", "2.1", "Consulta y divulgación", "Comunicaciones", null, true),
            ("Gestión del riesgo de corrupción - Mapa de riesgos de corrupción", "2.2", "Consulta y divulgación", "Control Interno", new DateOnly(2024, 12, 31), false),
            ("Mecanismos para mejorar la atención al ciudadano", "1.1", "Estructura administrativa y direccionamiento estratégico", "Secretaría General", new DateOnly(2024, 6, 30), false),
            ("Mecanismos para mejorar la atención al ciudadano", "1.2", "Estructura administrativa y direccionamiento estratégico", "Secretaría General", null, true),
            ("Mecanismos para mejorar la atención al ciudadano", "2.2", "Fortalecimiento de los canales de atención", "Oficina Asesora de Planeación", new DateOnly(2024, 12, 31), false));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Progress_is_read_as_typed_and_blank_cells_are_no_report(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        PaacLoad.Run(test.Warehouse, Profile, PaacPlanWorkbook.Plan(_dir.File("paac.xlsx")), Today);

        using var connection = test.Warehouse.OpenConnection();
        var progress = connection.Query<(string, string, double)>("""
            SELECT a.activity_number, CAST(f.cut_off AS VARCHAR), CAST(f.progress AS DOUBLE PRECISION)
            FROM fct_paac_followup f JOIN fct_paac_activity a ON a.activity_id = f.activity_id
            JOIN dim_paac_component c ON c.component_id = a.component_id
            WHERE c.number = 1 ORDER BY 1, 2
            """).ToList();

        progress.Should().Equal(
            ("1.1", "2024-04-30", 100), ("1.1", "2024-08-31", 100), ("1.1", "2024-12-31", 100),
            ("1.2", "2024-04-30", 50), ("1.2", "2024-08-31", 80),
            ("2.1", "2024-04-30", 30), ("2.1", "2024-08-31", 60), ("2.1", "2024-12-31", 90),
            ("2.2", "2024-08-31", 40), ("2.2", "2024-12-31", 100));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_same_file_twice_changes_nothing_and_a_corrected_file_updates_progress(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = PaacPlanWorkbook.Plan(_dir.File("paac.xlsx"));
        PaacLoad.Run(test.Warehouse, Profile, path, Today);
        var again = PaacLoad.Run(test.Warehouse, Profile, path, Today);
        again.Inserted.Should().Be(0);
        again.Updated.Should().Be(0);
        again.Unchanged.Should().Be(7);
        again.Quarantined.Should().Be(1);
        Count(test, "etl_quarantine").Should().Be(1);

        var corrected = PaacLoad.Run(test.Warehouse, Profile, PaacPlanWorkbook.Plan(_dir.File("paac-corregido.xlsx"), badAugust: "80%"), Today);

        corrected.Inserted.Should().Be(1);
        corrected.Unchanged.Should().Be(7);
        Count(test, "fct_paac_activity").Should().Be(8);
        Count(test, "fct_paac_followup").Should().Be(20);
    }

    /// <summary>A stored activity whose fingerprint differs from the file's is rewritten in place: same id, the file's text.</summary>
    [Theory, MemberData(nameof(Engines))]
    public void An_activity_stored_with_other_text_is_rewritten_from_the_file(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = PaacPlanWorkbook.Plan(_dir.File("paac.xlsx"));
        PaacLoad.Run(test.Warehouse, Profile, path, Today);
        using var connection = test.Warehouse.OpenConnection();
        var (id, text) = connection.QueryFirst<(long, string)>("SELECT activity_id, activity FROM fct_paac_activity ORDER BY activity_id");
        connection.Execute(test.Warehouse.Sql("UPDATE fct_paac_activity SET activity = 'texto de antes', row_hash = 'antes', sheet = NULL WHERE activity_id = @id"), new { id });

        var again = PaacLoad.Run(test.Warehouse, Profile, path, Today);

        again.Updated.Should().Be(1);
        again.Unchanged.Should().Be(6);
        var stored = connection.QuerySingle<(string Activity, string? Sheet, long LastRun)>(test.Warehouse.Sql(
            "SELECT activity, sheet, last_run_id FROM fct_paac_activity WHERE activity_id = @id"), new { id });
        stored.Activity.Should().Be(text);
        stored.Sheet.Should().NotBeNull();
        stored.LastRun.Should().Be(again.RunId);
        Count(test, "fct_paac_activity").Should().Be(7);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_follow_up_file_of_one_cut_off_updates_the_activities_it_names(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        PaacLoad.Run(test.Warehouse, Profile, PaacPlanWorkbook.Plan(_dir.File("paac.xlsx")), Today);
        var followUp = new PaacProfile
        {
            Kind = "paac", Source = "paac-seguimiento", Entity = PaacPlanWorkbook.Entity, Plan = "PAAC", Vigencia = 2024,
            CutOff = new DateOnly(2024, 12, 31), ComponentFrom = "columna",
            Columns = new Dictionary<string, string> { ["componente"] = "Componente", ["actividad_id"] = "No.", ["avance"] = "Avance", ["observaciones"] = "Observaciones OCI" },
            Values = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["avance"] = new Dictionary<string, double> { ["Cumplida"] = 100 } },
        };
        var path = Sources.Workbooks.Write(_dir.File("seguimiento-diciembre.xlsx"),
            ["SEGUIMIENTO OCI AL 31 DE DICIEMBRE DE 2024"],
            ["Componente", "No.", "Avance", "Observaciones OCI"],
            ["Componente 1", "1.2.", "Cumplida", "Mapa publicado en diciembre"],
            ["4. Atención al ciudadano", "1.1", "100", null],
            ["Componente 2", "9.9", "50", null]);

        var summary = PaacLoad.Run(test.Warehouse, followUp, path, Today);

        summary.Updated.Should().Be(1);       // 1.2 of component 1 had no December report
        summary.Unchanged.Should().Be(1);     // 1.1 of component 4 already had 100
        summary.Quarantined.Should().Be(1);   // no activity 9.9 in the plan
        using var connection = test.Warehouse.OpenConnection();
        connection.ExecuteScalar<string>("""
            SELECT f.observations FROM fct_paac_followup f JOIN fct_paac_activity a ON a.activity_id = f.activity_id
            JOIN dim_paac_component c ON c.component_id = a.component_id
            WHERE c.number = 1 AND a.activity_number = '1.2' AND f.cut_off = DATE '2024-12-31'
            """).Should().Be("Mapa publicado en diciembre");
    }

    private static long Count(TestWarehouse test, string table)
    {
        using var connection = test.Warehouse.OpenConnection();
        return connection.ExecuteScalar<long>($"SELECT CAST(count(*) AS BIGINT) FROM {table}");
    }
}
