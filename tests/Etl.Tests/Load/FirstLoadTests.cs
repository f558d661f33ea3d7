using Dapper;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Etl.Tests.Sources;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// An entity's first load streams straight into fct_petition instead of merging from staging; what lands must be
/// exactly what the merge would have written, dimension members included.
/// </summary>
public sealed class FirstLoadTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    /// <summary>
    /// Forty topics (more than the first block of reserved ids), an unknown channel, and an unknown dependency
    /// written two ways: the member keeps the least spelling, as min() in the merge does.
    /// </summary>
    private static readonly string[] Rows =
    [
        .. Enumerable.Range(1, 40).Select(i =>
            $"2024-{i:0000};0{1 + i % 8}/04/2024;{(i % 3 == 0 ? "QUEJA" : "DERECHO DE PETICION")};{(i % 5 == 0 ? "FAX" : "VENTANILLA")};" +
            $"{(i % 4) switch { 0 => "HACIENDA", 1 => "oficina nueva", 2 => "OFICINA NUEVA", _ => "Secretaría de Gobierno" }};" +
            $"Tema {i};{(i % 2 == 0 ? "30/04/2024" : "")};;{(i % 7 == 0 ? "10" : "")};{(i % 6 == 0 ? "SI" : "NO")};;;;"),
        "2024-0001;05/04/2024;QUEJA;VENTANILLA;HACIENDA;Repetido;;;;NO;;;;",
    ];

    [Theory, MemberData(nameof(Engines))]
    public void A_first_load_lands_exactly_as_the_merge_through_staging_would_land_it(WarehouseEngine engine)
    {
        using var straight = TestWarehouse.Create(engine);
        using var merged = TestWarehouse.Create(engine);
        var path = _fixture.WriteExport("primera.csv", Rows);
        // One earlier petition of the same entity sends the second warehouse's load through staging.
        _fixture.Load(merged.Warehouse, _fixture.WriteExport("previa.csv", "2023-0001;02/05/2023;QUEJA;VENTANILLA;GOBIERNO;Previo;;;;NO;;;;"));

        var first = _fixture.Load(straight.Warehouse, path);
        var second = _fixture.Load(merged.Warehouse, path);

        first.Should().BeEquivalentTo(second, o => o.Excluding(s => s.RunId));
        first.Should().BeEquivalentTo(new { Read = 41L, Inserted = 40L, Quarantined = 1L });
        Facts(straight.Warehouse).Should().Equal(Facts(merged.Warehouse));
        Members(straight.Warehouse).Should().Equal(Members(merged.Warehouse));
        using var connection = straight.Warehouse.OpenConnection();
        connection.QuerySingle<long>("SELECT CAST(count(DISTINCT petition_id) AS BIGINT) FROM fct_petition").Should().Be(40);
        // Which spelling is least is the engine's collation to say; that it is one of them, and unknown, is ours.
        var member = connection.QuerySingle<(string Name, bool Known)>("SELECT name, is_known FROM dim_dependency WHERE name_key = 'oficina nueva'");
        member.Name.Should().BeOneOf("OFICINA NUEVA", "oficina nueva");
        member.Known.Should().BeFalse();
    }

    /// <summary>
    /// Bulk writers work in batches (DuckDB: data chunks of 2,048 rows) and take ids in blocks, so the load above,
    /// one batch, is not enough: here 5,000 rows span three batches and two blocks of petition ids, new dependencies,
    /// channels and topics first appear in the last batch, and every nullable column is both filled and empty.
    /// Radicados carry accents, and the petitioner's type and hashed id are filled.
    /// </summary>
    [Theory, MemberData(nameof(Engines))]
    public void A_first_load_of_several_batches_lands_exactly_as_the_merge_would_land_it(WarehouseEngine engine)
    {
        using var straight = TestWarehouse.Create(engine);
        using var merged = TestWarehouse.Create(engine);
        var profile = _fixture.Profile with
        {
            Columns = new Dictionary<string, string>(_fixture.Profile.Columns) { ["tipo_peticionario"] = "Tipo Peticionario" },
            HashPetitioner = true,
            PetitionerIdColumn = "Cédula",
        };
        var rows = Enumerable.Range(1, 5_000).Select(i =>
        {
            var late = i > 4_500;
            var dependency = late ? $"Oficina tardía {i % 3}" : i % 2 == 0 ? "HACIENDA" : "GOBIERNO";
            var channel = late && i % 4 == 0 ? "BUZÓN" : "VENTANILLA";
            var topic = i % 11 == 0 ? "" : $"Asunto {(late ? 1_000 + i % 7 : i % 300)}";
            var answered = i % 3 == 0 ? "" : $"{1 + i % 27:00}/06/2024";
            var type = (i % 5) switch { 0 => "FELICITACION", 1 => "QUEJA", 2 => "SOLICITUD DE INFORMACION", _ => "DERECHO DE PETICION" };
            return $"Ñ-2024-{i:00000};0{1 + i % 9}/05/2024;{type};{channel};{dependency};{topic};{answered};" +
                $"{(i % 4 == 0 ? "30/05/2024" : "")};{(i % 13 == 0 ? "5" : "")};{(i % 17 == 0 ? "SI" : "NO")};Nombre {i};" +
                $"{(i % 6 == 0 ? "" : $"{1_000_000 + i % 900}")};;;{(i % 8 == 0 ? "" : i % 2 == 0 ? "Persona jurídica" : "Persona natural")}";
        }).ToArray();
        var path = _fixture.WriteExport("varios-lotes.csv", rows, LoadFixture.Header + ";Tipo Peticionario");
        _fixture.Load(merged.Warehouse, _fixture.WriteExport("previa.csv", ["2023-0001;02/05/2023;QUEJA;VENTANILLA;GOBIERNO;Previo;;;;NO;;;;;"],
            LoadFixture.Header + ";Tipo Peticionario"),
            profile: profile, petitionerSalt: TestProfiles.Salt);

        var first = _fixture.Load(straight.Warehouse, path, profile: profile, petitionerSalt: TestProfiles.Salt);
        var second = _fixture.Load(merged.Warehouse, path, profile: profile, petitionerSalt: TestProfiles.Salt);

        first.Should().BeEquivalentTo(second, o => o.Excluding(s => s.RunId));
        first.Should().BeEquivalentTo(new { Read = 5_000L, Inserted = 5_000L, Quarantined = 0L });
        var facts = Facts(straight.Warehouse, "Ñ-%");
        facts.Should().HaveCount(5_000).And.Equal(Facts(merged.Warehouse, "Ñ-%"));
        facts.Should().Contain(f => f.Contains("Persona jurídica")).And.Contain(f => f.Contains("buzon"));
        Members(straight.Warehouse).Should().Equal(Members(merged.Warehouse));
        foreach (var warehouse in new[] { straight.Warehouse, merged.Warehouse })
        {
            using var connection = warehouse.OpenConnection();
            connection.QuerySingle<long>("SELECT CAST(count(DISTINCT petition_id) AS BIGINT) FROM fct_petition WHERE radicado LIKE 'Ñ-%'")
                .Should().Be(5_000);
            connection.QuerySingle<long>("SELECT CAST(count(petitioner_hash) AS BIGINT) FROM fct_petition WHERE radicado LIKE 'Ñ-%'")
                .Should().BeGreaterThan(4_000);
        }
        // Both loads ran a moment ago: the bulk writer's timestamps must be the merge's, not off by an epoch or a unit.
        LoadedAt(straight.Warehouse).Should().BeCloseTo(LoadedAt(merged.Warehouse), TimeSpan.FromMinutes(10));
    }

    /// <summary>
    /// Some exports put free text in "Asunto". A subject longer than the bulk writers' buffers (256 KB) must not break
    /// them, and as a topic it is cut to 200 characters (PostgreSQL cannot index a longer key), alike on the first
    /// load and on a later one, with a notice.
    /// </summary>
    [Theory, MemberData(nameof(Engines))]
    public void A_subject_of_several_hundred_thousand_characters_loads_as_a_topic_cut_to_200_characters(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var subject = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"Tramite{i % 10} ")).Trim();
        subject.Length.Should().BeGreaterThan(256 * 1024);

        var first = _fixture.Load(test.Warehouse, _fixture.WriteExport("larga.csv", $"2024-0001;02/04/2024;QUEJA;VENTANILLA;HACIENDA;{subject};;;;NO;;;;"));
        var later = _fixture.Load(test.Warehouse, _fixture.WriteExport("larga-2.csv",
            $"2024-0002;03/04/2024;QUEJA;VENTANILLA;HACIENDA;Otro {subject};;;;NO;;;;", "2024-0003;03/04/2024;QUEJA;VENTANILLA;HACIENDA;Corto;;;;NO;;;;",
            $"2024-0004;04/04/2024;QUEJA;VENTANILLA;HACIENDA;Otro {subject};;;;NO;;;;"));

        first.Inserted.Should().Be(1);
        later.Inserted.Should().Be(3);
        first.Notices.Should().Contain(n => n.StartsWith("1 nombre(s) de dependencia o tema de más de 200 caracteres se recortaron"));
        // The same long subject twice is two rows cut, though the mapping works the name out once.
        later.Notices.Should().Contain(n => n.StartsWith("2 nombre(s)"));
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<string>("""
            SELECT t.name FROM fct_petition f JOIN dim_topic t ON t.topic_id = f.topic_id ORDER BY f.radicado
            """).Should().Equal(subject[..199] + "…", ("Otro " + subject)[..199] + "…", "Corto", ("Otro " + subject)[..199] + "…");
    }

    /// <summary>A row bigger than the bulk writers' buffers (256 KB) gets a buffer of its own, on both paths; a radicado that long is quarantined.</summary>
    [Theory, MemberData(nameof(Engines))]
    public void A_row_of_several_hundred_kilobytes_lands_whole_and_an_absurd_radicado_is_quarantined(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var profile = _fixture.Profile with
        {
            Columns = new Dictionary<string, string>(_fixture.Profile.Columns) { ["tipo_peticionario"] = "Tipo Peticionario" },
        };
        var header = LoadFixture.Header + ";Tipo Peticionario";
        var huge = new string('x', 300_000);

        var first = _fixture.Load(test.Warehouse, _fixture.WriteExport("grande-1.csv",
            [$"2024-0001;02/04/2024;QUEJA;VENTANILLA;HACIENDA;Tema;;;;NO;;;;;{huge}", $"{huge};02/04/2024;QUEJA;VENTANILLA;HACIENDA;Tema;;;;NO;;;;;"], header), profile: profile);
        var later = _fixture.Load(test.Warehouse, _fixture.WriteExport("grande-2.csv",
            [$"2024-0002;03/04/2024;QUEJA;VENTANILLA;HACIENDA;Tema;;;;NO;;;;;{huge}y"], header), profile: profile);

        first.Should().BeEquivalentTo(new { Read = 2L, Inserted = 1L, Quarantined = 1L });
        first.QuarantineReasons.Keys.Should().ContainSingle().Which.Should().Contain("la columna no parece de radicados");
        later.Inserted.Should().Be(1);
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<string>("SELECT reason FROM etl_quarantine").Should()
            .Be("el número de radicado tiene 300000 caracteres (el máximo es 100): la columna no parece de radicados");
        connection.Query<long>("SELECT CAST(length(petitioner_type) AS BIGINT) FROM fct_petition ORDER BY radicado")
            .Should().Equal(300_000, 300_001);
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_first_load_killed_half_way_leaves_no_petition_and_no_member(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var many = Enumerable.Range(1, 25_000).Select(i => $"2023-{i:00000};02/05/2023;QUEJA;VENTANILLA;Oficina {i % 50};Tema {i % 300};;;;NO;;;;").ToArray();
        using var kill = new CancellationTokenSource();

        var act = () => _fixture.Load(test.Warehouse, _fixture.WriteExport("grande.csv", many), cancellation: kill.Token,
            progress: new SynchronousProgress(read => { if (read >= 20_000) kill.Cancel(); }));

        act.Should().Throw<OperationCanceledException>();
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition").Should().Be(0);
        connection.QuerySingle<long>("SELECT CAST(count(*) AS BIGINT) FROM dim_dependency").Should().Be(0);
        connection.QuerySingle<long>("SELECT CAST(count(*) AS BIGINT) FROM dim_topic").Should().Be(0);
        connection.QuerySingle<string>("SELECT status FROM etl_run ORDER BY run_id DESC LIMIT 1").Should().Be("fallida");
    }

    [Fact]
    public void Load_times_are_stored_as_the_merge_stores_them_in_the_session_time_zone()
    {
        // A municipal PostgreSQL usually runs on Bogotá time; the merge's @now lands shifted to it.
        using var straight = TestWarehouse.Create(WarehouseEngine.Postgres);
        using var merged = TestWarehouse.Create(WarehouseEngine.Postgres);
        var bogotaStraight = Warehouse.Postgres(straight.Warehouse.ConnectionString + ";Timezone=America/Bogota");
        var bogotaMerged = Warehouse.Postgres(merged.Warehouse.ConnectionString + ";Timezone=America/Bogota");
        _fixture.Load(bogotaMerged, _fixture.WriteExport("previa.csv", "2023-0001;02/05/2023;QUEJA;VENTANILLA;GOBIERNO;Previo;;;;NO;;;;"));

        _fixture.Load(bogotaStraight, _fixture.WriteExport("primera.csv", Rows));
        _fixture.Load(bogotaMerged, _fixture.WriteExport("primera.csv", Rows));

        foreach (var warehouse in new[] { bogotaStraight, bogotaMerged })
        {
            using var connection = warehouse.OpenConnection();
            connection.QuerySingle<double>("""
                SELECT abs(EXTRACT(EPOCH FROM (max(loaded_at) - CAST(now() AS TIMESTAMP))))
                FROM fct_petition WHERE radicado = '2024-0001'
                """).Should().BeLessThan(600, "loaded_at is in the session's time zone, five hours from UTC");
        }
    }

    private static DateTime LoadedAt(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingle<DateTime>("SELECT max(loaded_at) FROM fct_petition");
    }

    private static List<string> Facts(Warehouse warehouse, string radicados = "2024-%")
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<string>(warehouse.Sql("""
            SELECT concat_ws('|', f.radicado, f.source, pt.code, c.code, d.name_key, t.name_key, CAST(f.filed_on AS VARCHAR),
                CAST(f.filed_date_key AS VARCHAR), CAST(f.term_days AS VARCHAR), CAST(f.due_on AS VARCHAR),
                CAST(f.extension_due_on AS VARCHAR), CAST(f.extension_valid AS VARCHAR), CAST(f.effective_due_on AS VARCHAR),
                CAST(f.answered_on AS VARCHAR), CAST(f.business_days_to_answer AS VARCHAR), CAST(f.source_due_on AS VARCHAR),
                CAST(f.transferred AS VARCHAR), f.petitioner_type, f.petitioner_hash, f.row_hash, CAST(f.outcome_code AS VARCHAR),
                CAST(f.first_run_id = f.last_run_id AS VARCHAR), CAST(f.loaded_at = f.updated_at AS VARCHAR))
            FROM fct_petition f
            JOIN dim_petition_type pt ON pt.type_id = f.type_id
            JOIN dim_channel c ON c.channel_id = f.channel_id
            JOIN dim_dependency d ON d.dependency_id = f.dependency_id
            LEFT JOIN dim_topic t ON t.topic_id = f.topic_id
            WHERE f.radicado LIKE @radicados
            ORDER BY f.radicado
            """), new { radicados }).ToList();
    }

    private static List<string> Members(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<string>("""
            SELECT 'c|' || code || '|' || name || '|' || CAST(is_known AS VARCHAR) FROM dim_channel
            UNION ALL SELECT 'd|' || name_key || '|' || name || '|' || CAST(is_known AS VARCHAR) FROM dim_dependency WHERE name_key <> 'secretaria de gobierno'
            UNION ALL SELECT 't|' || name_key || '|' || name FROM dim_topic WHERE name_key <> 'previo'
            ORDER BY 1
            """).ToList();
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
