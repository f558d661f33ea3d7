using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Etl.Tests.Load;

public sealed class PetitionLoadTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    private static readonly string[] GoodRows =
    [
        // Filed on a closure day of the entity (2024-03-27): counting starts the next business day.
        "2024-0001;27/03/2024 09:15;DERECHO DE PETICION;VENTANILLA;HACIENDA;Impuesto predial;10/04/2024;19/04/2024;;NO;Ana Pérez;1020304050;3001234567;ana@correo.co",
        "2024-0002;01/04/2024 10:00;SOLICITUD DE INFORMACION;PAGINA WEB;Secretaría de Gobierno;Certificado;;15/04/2024;;NO;Luis Gómez;79000111;;luis@correo.co",
        "2024-0003;02/04/2024;QUEJA;FAX;Oficina Nueva;Ruido;30/05/2024;23/04/2024;;SI;;;;",
        "2024-0004;03/04/2024;FELICITACION;VENTANILLA;GOBIERNO;Atención;;;;NO;;;;",
        "2024-0005;04/04/2024;DERECHO DE PETICION;PAGINA WEB;HACIENDA;Predial;;25/04/2024;15;NO;;;;",
    ];

    [Theory, MemberData(nameof(Engines))]
    public void A_clean_export_lands_in_the_fact_table_with_terms_computed_on_the_entity_calendar(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("limpio.csv", GoodRows);

        var summary = _fixture.Load(test.Warehouse, path);

        summary.Should().BeEquivalentTo(new { Read = 5L, Inserted = 5L, Updated = 0L, Unchanged = 0L, Quarantined = 0L });
        using var connection = test.Warehouse.OpenConnection();
        var first = connection.QuerySingle<(DateOnly Due, int Days, string Dependency, string Channel)>("""
            SELECT f.due_on, f.business_days_to_answer, d.name, c.code
            FROM fct_petition f JOIN dim_dependency d ON d.dependency_id = f.dependency_id JOIN dim_channel c ON c.channel_id = f.channel_id
            WHERE radicado = '2024-0001'
            """);
        // 03-28 and 03-29 are Jueves and Viernes Santo: day 1 is Monday 2024-04-01, day 15 is 04-19,
        // and the answer on 04-10 came on business day 8.
        first.Due.Should().Be(new DateOnly(2024, 4, 19));
        first.Days.Should().Be(8);
        first.Dependency.Should().Be("Secretaría de Hacienda");
        first.Channel.Should().Be("presencial");
        var extended = connection.QuerySingle<(DateOnly Due, DateOnly Extended, bool Valid, DateOnly Effective)>(
            "SELECT due_on, extension_due_on, extension_valid, effective_due_on FROM fct_petition WHERE radicado = '2024-0005'");
        extended.Valid.Should().BeTrue();
        extended.Effective.Should().Be(extended.Extended).And.BeAfter(extended.Due);
        connection.QuerySingle<(bool Transferred, DateOnly? Answered)>("SELECT transferred, answered_on FROM fct_petition WHERE radicado = '2024-0003'")
            .Should().Be((true, new DateOnly(2024, 5, 30)));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_entity_closures_of_the_profile_push_the_due_date(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        // Filed Monday 2024-03-25: the national calendar gives 2024-04-17; closed 03-26 and 03-27, it is 04-19.
        var path = _fixture.WriteExport("cierre.csv", "2024-0900;25/03/2024;DERECHO DE PETICION;VENTANILLA;HACIENDA;x;;17/04/2024;;NO;;;;");

        var summary = _fixture.Load(test.Warehouse, path);

        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<DateOnly>("SELECT due_on FROM fct_petition WHERE radicado = '2024-0900'").Should().Be(new DateOnly(2024, 4, 19));
        summary.DueDateDisagreements.Should().Be(1, "the source's own due date forgot the closure");
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_topic_or_dependency_written_over_several_lines_is_stored_on_one_as_it_is_shown(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("varias-lineas.csv",
            "2024-0700;01/04/2024;DERECHO DE PETICION;VENTANILLA;\"Oficina de\r\nPlaneación\";\"Impuesto\r\n  predial\";;;;NO;;;;",
            "2024-0701;02/04/2024;DERECHO DE PETICION;VENTANILLA;Oficina de Planeación;Impuesto predial;;;;NO;;;;");

        var summary = _fixture.Load(test.Warehouse, path);

        summary.Inserted.Should().Be(2);
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<string>("SELECT name FROM dim_topic").Should().Equal("Impuesto predial");
        connection.Query<string>("SELECT name FROM dim_dependency").Should().Equal("Oficina de Planeación");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Unknown_channels_and_dependencies_are_kept_as_their_own_members_and_reported(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);

        var summary = _fixture.Load(test.Warehouse, _fixture.WriteExport("desconocidos.csv", GoodRows));

        summary.UnknownValues.Should().BeEquivalentTo("canal «FAX»", "dependencia «Oficina Nueva»");
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<(string Name, bool Known)>("SELECT name, is_known FROM dim_channel WHERE code = 'otro-fax'").Should().Be(("FAX", false));
        connection.QuerySingle<bool>("SELECT is_known FROM dim_dependency WHERE name = 'Oficina Nueva'").Should().BeFalse();
    }

    [Theory, MemberData(nameof(Engines))]
    public void Every_malformed_kind_is_quarantined_with_line_column_and_a_spanish_reason_and_nothing_is_lost(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("con-errores.csv",
        [
            .. GoodRows,                                                                                      // lines 2-6
            "2024-0100;31/02/2024;QUEJA;VENTANILLA;HACIENDA;Fecha imposible;;;;NO;Pedro;111;;",               // 7 unparseable date
            "2024-0101;10/04/2024;QUEJA;VENTANILLA;HACIENDA;Al revés;05/04/2024;;;NO;;;;",                   // 8 answered before filed
            "2024-0102;10/04/2030;QUEJA;VENTANILLA;HACIENDA;Futuro;;;;NO;;;;",                              // 9 filed in the future
            ";10/04/2024;QUEJA;VENTANILLA;HACIENDA;Sin radicado;;;;NO;;;;",                                  // 10 blank radicado
            "2024-0001;11/04/2024;QUEJA;VENTANILLA;HACIENDA;Repetido;;;;NO;;;;",                             // 11 duplicate radicado
            "2024-0103;11/04/2024;TUTELA;VENTANILLA;HACIENDA;Tipo desconocido;;;;NO;;;;",                    // 12 unknown type
            "2024-0104;11/04/2024;QUEJA;VENTANILLA;HACIENDA;Campos de menos",                                // 13 ragged row
        ]);

        var summary = _fixture.Load(test.Warehouse, path);

        summary.Read.Should().Be(12);
        (summary.Inserted + summary.Quarantined).Should().Be(summary.Read);
        summary.Inserted.Should().Be(5);
        using var connection = test.Warehouse.OpenConnection();
        var rows = connection.Query<(long Line, string Column, string Reason)>(
            "SELECT line, column_name, reason FROM etl_quarantine ORDER BY line").ToList();
        rows.Select(r => r.Line).Should().Equal(7, 8, 9, 10, 11, 12, 13);
        rows[0].Should().Match<(long, string Column, string Reason)>(r => r.Column == "Fecha Radicación" && r.Reason.Contains("no se pudo leer"));
        rows[1].Column.Should().Be("Fecha Respuesta");
        rows[1].Reason.Should().Contain("anterior a la radicación");
        rows[2].Reason.Should().Contain("en el futuro");
        rows[3].Should().Match<(long, string Column, string Reason)>(r => r.Column == "No. Radicado" && r.Reason.Contains("vacío"));
        rows[4].Reason.Should().Contain("repetido").And.Contain("línea 2");
        rows[5].Should().Match<(long, string Column, string Reason)>(r => r.Column == "Tipo de Solicitud" && r.Reason.Contains("TUTELA"));
        rows[6].Reason.Should().Contain("campos");
        connection.Query<string>("SELECT reason_code FROM etl_quarantine ORDER BY line").Should().Equal(
            "fecha_ilegible", "respuesta_antes_de_radicacion", "fecha_futura", "radicado_vacio", "radicado_repetido",
            "tipo_desconocido", "campos_no_coinciden");
        summary.QuarantineReasons.Keys.Should().HaveCount(7, "each line failed a different way, and the summary groups by the stored code");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Loading_the_same_file_twice_changes_nothing(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("dos-veces.csv", [.. GoodRows, "2024-0100;31/02/2024;QUEJA;VENTANILLA;HACIENDA;x;;;;NO;;;;"]);
        _fixture.Load(test.Warehouse, path);
        var before = Snapshot(test.Warehouse);

        var second = _fixture.Load(test.Warehouse, path);

        second.Should().BeEquivalentTo(new { Read = 6L, Inserted = 0L, Updated = 0L, Unchanged = 5L, Quarantined = 1L });
        Snapshot(test.Warehouse).Should().Equal(before);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_later_export_with_answers_updates_the_petitions_it_changes_and_only_those(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _fixture.Load(test.Warehouse, _fixture.WriteExport("marzo.csv", GoodRows));
        var answered = GoodRows.ToArray();
        answered[1] = answered[1].Replace("Certificado;;15/04/2024", "Certificado;12/04/2024;15/04/2024");

        var summary = _fixture.Load(test.Warehouse, _fixture.WriteExport("abril.csv", answered));

        summary.Should().BeEquivalentTo(new { Inserted = 0L, Updated = 1L, Unchanged = 4L });
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<DateOnly>("SELECT answered_on FROM fct_petition WHERE radicado = '2024-0002'").Should().Be(new DateOnly(2024, 4, 12));
        connection.QuerySingle<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition").Should().Be(5);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_load_killed_half_way_leaves_the_marts_as_they_were(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        _fixture.Load(test.Warehouse, _fixture.WriteExport("base.csv", GoodRows.Take(2).ToArray()));
        var before = Snapshot(test.Warehouse);
        var many = Enumerable.Range(1, 25_000).Select(i => $"2023-{i:00000};02/05/2023;QUEJA;VENTANILLA;HACIENDA;Tema {i % 7};;;;NO;;;;").ToArray();
        using var kill = new CancellationTokenSource();

        var act = () => _fixture.Load(test.Warehouse, _fixture.WriteExport("grande.csv", many), cancellation: kill.Token,
            progress: new SynchronousProgress(read => { if (read >= 20_000) kill.Cancel(); }));

        act.Should().Throw<OperationCanceledException>();
        Snapshot(test.Warehouse).Should().Equal(before);
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<(string, string)>("SELECT status, file_sha256 FROM etl_run ORDER BY run_id DESC LIMIT 1")
            .Should().Be(("fallida", IndicadoresServicio.Etl.Sources.SourceFiles.Sha256Of(Path.Combine(_fixture.Folder, "grande.csv"))),
                "a failed run still says which file it was");
        connection.QuerySingle<long>("SELECT CAST(count(*) AS BIGINT) FROM stg_petition").Should().Be(0);
    }

    [Theory, MemberData(nameof(Engines))]
    public void No_personal_data_reaches_the_warehouse_not_even_the_quarantine(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("personales.csv",
            [.. GoodRows, "2024-0100;31/02/2024;QUEJA;VENTANILLA;HACIENDA;x;;;;NO;María Rodríguez;52999888;3105550000;maria@correo.co"]);

        _fixture.Load(test.Warehouse, path);

        using var connection = test.Warehouse.OpenConnection();
        var everything = string.Join("|", new[] { "fct_petition", "etl_quarantine", "dim_dependency", "dim_topic", "etl_run", "dim_channel" }
            .SelectMany(t => connection.Query($"SELECT * FROM {t}").Cast<IDictionary<string, object?>>())
            .SelectMany(r => r.Values.Select(v => v?.ToString())));
        foreach (var personal in new[] { "Ana Pérez", "1020304050", "3001234567", "ana@correo.co", "Luis", "79000111", "María", "52999888", "3105550000", "maria@correo.co" })
            everything.Should().NotContain(personal);
        connection.QuerySingle<string>("SELECT row_data FROM etl_quarantine").Should().Contain("2024-0100");
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_run_log_records_the_file_its_hash_and_every_count(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("bitacora.csv", [.. GoodRows, ";10/04/2024;QUEJA;VENTANILLA;HACIENDA;x;;;;NO;;;;"]);

        var summary = _fixture.Load(test.Warehouse, path, cutOff: new DateOnly(2024, 4, 30));

        using var connection = test.Warehouse.OpenConnection();
        var run = connection.QuerySingle<(string Source, string File, string Sha, long Read, long Inserted, long Quarantined, string Status)>(
            "SELECT source, file_name, file_sha256, rows_read, rows_inserted, rows_quarantined, status FROM etl_run");
        run.Should().Be(("ventanilla-unica", "bitacora.csv", IndicadoresServicio.Etl.Sources.SourceFiles.Sha256Of(path), 6L, 5L, 1L, "exitosa"));
        summary.StatusAtCutOff[PetitionStatus.SinTermino].Should().Be(1);
        summary.StatusAtCutOff.Values.Sum().Should().Be(5);
    }

    /// <summary>The file's hash is computed alongside the load; the run log gets it even when it comes late, on success and on failure.</summary>
    [Theory, MemberData(nameof(Engines))]
    public void A_file_hash_known_only_after_the_load_started_still_reaches_the_run_log(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var many = Enumerable.Range(1, 25_000).Select(i => $"2023-{i:00000};02/05/2023;QUEJA;VENTANILLA;HACIENDA;Tema {i % 7};;;;NO;;;;").ToArray();
        var path = _fixture.WriteExport("tarde.csv", many);
        var failing = _fixture.WriteExport("tarde-fallida.csv", many);

        LoadWithLateHash(test.Warehouse, path, "hash-de-la-carga", killAt: null);
        var kill = () => LoadWithLateHash(test.Warehouse, failing, "hash-de-la-fallida", killAt: 20_000);

        kill.Should().Throw<OperationCanceledException>();
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<(string, string)>("SELECT status, file_sha256 FROM etl_run ORDER BY run_id")
            .Should().Equal(("exitosa", "hash-de-la-carga"), ("fallida", "hash-de-la-fallida"));
    }

    private void LoadWithLateHash(Warehouse warehouse, string path, string hash, int? killAt)
    {
        var sha = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var kill = new CancellationTokenSource();
        var progress = new SynchronousProgress(read =>
        {
            sha.TrySetResult(hash);
            if (read >= killAt)
                kill.Cancel();
        });
        PetitionLoad.Run(warehouse, _fixture.Profile, IndicadoresServicio.Etl.Sources.SourceFiles.Open(path, _fixture.Profile),
            new LoadOptions(new DateOnly(2024, 4, 30), LoadFixture.Today, new BusinessCalendar(_fixture.Profile.NonWorkingDays), sha.Task),
            progress, kill.Token);
    }

    private static List<string> Snapshot(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var rows = connection.Query<string>("""
            SELECT radicado || '|' || CAST(filed_on AS VARCHAR) || '|' || COALESCE(CAST(answered_on AS VARCHAR), '') || '|' || row_hash || '|' || CAST(updated_at AS VARCHAR)
            FROM fct_petition ORDER BY radicado
            """).ToList();
        rows.AddRange(connection.Query<string>("SELECT CAST(line AS VARCHAR) || '|' || reason FROM etl_quarantine ORDER BY line"));
        rows.AddRange(connection.Query<string>("SELECT name_key FROM dim_dependency ORDER BY name_key"));
        return rows;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
