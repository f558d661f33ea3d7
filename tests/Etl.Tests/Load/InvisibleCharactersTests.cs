using Dapper;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>NUL, control and zero-width characters never reach the warehouse, so no look-alike dependency is made of them.</summary>
public sealed class InvisibleCharactersTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    [Theory, MemberData(nameof(Engines))]
    public void A_dependency_written_with_invisible_characters_is_the_same_dependency(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        // UTF-8: windows-1252 cannot write a zero-width space or a direction mark.
        var path = Path.Combine(_fixture.Folder, "invisibles.csv");
        File.WriteAllText(path, string.Join("\n", LoadFixture.Header,
            "2024-0001;01/04/2024;QUEJA;VENTANILLA;Secretaría de Hacienda;Ruido;;;;NO;;;;",
            "2024-0002;01/04/2024;QUEJA;VENTANILLA;Secretaría de Hacienda\0;Ruido\u0007;;;;NO;;;;",
            "2024-0003;01/04/2024;QUEJA;VENTANILLA;Secretaría\u200B de Hacienda;\u001bRuido;;;;NO;;;;",
            "2024-0004;01/04/2024;QUEJA;VENTANILLA;\u00adSecretaría de Hacienda\u200e;Ruido;;;;NO;;;;") + "\n");

        var summary = _fixture.Load(test.Warehouse, path, profile: _fixture.Profile with { Encoding = "utf-8" });

        summary.Inserted.Should().Be(4);
        using var connection = test.Warehouse.OpenConnection();
        connection.Query<string>("""
            SELECT DISTINCT d.name FROM fct_petition f JOIN dim_dependency d ON d.dependency_id = f.dependency_id
            """).Should().Equal("Secretaría de Hacienda");
        connection.Query<string>("SELECT DISTINCT t.name FROM fct_petition f JOIN dim_topic t ON t.topic_id = f.topic_id")
            .Should().Equal("Ruido");
    }
}
