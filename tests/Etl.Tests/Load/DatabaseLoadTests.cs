using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using Npgsql;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>A source system's own PostgreSQL database (a schema in the test cluster) read incrementally.</summary>
public sealed class DatabaseLoadTests : IDisposable
{
    private readonly string _schema = "origen_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-origen-").FullName;
    private readonly string _connectionString = Environment.GetEnvironmentVariable(TestWarehouse.PostgresVariable)
        ?? throw new InvalidOperationException("Ejecute las pruebas con ./test.sh (falta INDICADORES_PRUEBAS_PG).");

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public DatabaseLoadTests()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Execute($"""
            CREATE SCHEMA {_schema};
            CREATE TABLE {_schema}.radicados (numero text, radicado timestamp, clase text, ciudadano text, actualizado timestamp);
            """);
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Execute($"DROP SCHEMA {_schema} CASCADE");
        Directory.Delete(_folder, recursive: true);
    }

    private void Insert(string number, DateTime filed, string type, DateTime updated)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Execute($"INSERT INTO {_schema}.radicados VALUES (@number, @filed, @type, 'Ciudadano Secreto 123', @updated)",
            new { number, filed, type, updated });
    }

    private MappingProfile Profile()
    {
        var path = Path.Combine(_folder, "origen.json");
        File.WriteAllText(path, $$"""
            {"fuente": "sistema-origen", "entidad": "Alcaldía de Origen", "formato": "postgres",
             "conexion": "{{_connectionString}}",
             "consulta": "select numero, radicado, clase, ciudadano, actualizado from {{_schema}}.radicados",
             "columna_marca_agua": "actualizado",
             "columnas": {"radicado": "numero", "radicado_el": "radicado", "tipo": "clase"},
             "datos_personales": ["ciudadano"]}
            """);
        return MappingProfiles.Load(path);
    }

    private static FileLoadOptions Options => new(new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 1), Path.GetTempPath(), null);

    [Theory, MemberData(nameof(Engines))]
    public void Each_pull_reads_only_the_rows_above_the_watermark_and_stores_the_new_one(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Insert("A-1", new DateTime(2024, 2, 1, 9, 0, 0), "peticion", new DateTime(2024, 2, 1, 10, 0, 0));
        Insert("A-2", new DateTime(2024, 2, 2, 9, 0, 0), "queja", new DateTime(2024, 2, 2, 10, 0, 0));

        var first = PetitionDatabaseLoad.Run(test.Warehouse, Profile(), Options);
        var nothingNew = PetitionDatabaseLoad.Run(test.Warehouse, Profile(), Options);
        Insert("A-3", new DateTime(2024, 2, 3, 9, 0, 0), "reclamo", new DateTime(2024, 2, 3, 10, 0, 0));
        var third = PetitionDatabaseLoad.Run(test.Warehouse, Profile(), Options);

        first.Should().BeEquivalentTo(new { Read = 2L, Inserted = 2L });
        nothingNew.Read.Should().Be(0);
        third.Should().BeEquivalentTo(new { Read = 1L, Inserted = 1L, Quarantined = 0L });
        using var connection = test.Warehouse.OpenConnection();
        connection.QuerySingle<string>("SELECT value_text FROM etl_watermark WHERE source = 'sistema-origen'").Should().StartWith("2024-02-03T10:00:00");
        connection.QuerySingle<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition").Should().Be(3);
        var everything = string.Join("|", connection.Query("SELECT * FROM fct_petition").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values));
        everything.Should().NotContain("Ciudadano Secreto");
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_source_database_that_cannot_be_reached_gives_a_spanish_error_and_keeps_the_watermark(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var path = Path.Combine(_folder, "caido.json");
        File.WriteAllText(path, """
            {"fuente": "caido", "entidad": "Alcaldía de Origen", "formato": "postgres",
             "conexion": "Host=127.0.0.1;Port=1;Username=nadie;Timeout=2",
             "consulta": "select 1", "columnas": {"radicado": "a", "radicado_el": "b", "tipo": "c"}}
            """);

        var act = () => PetitionDatabaseLoad.Run(test.Warehouse, MappingProfiles.Load(path), Options);

        act.Should().Throw<IndicadoresServicio.Etl.Sources.SourceException>().WithMessage("No se pudo consultar la base de datos de origen de 'caido'*");
    }
}
