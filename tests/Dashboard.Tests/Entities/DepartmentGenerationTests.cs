using Dapper;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

public sealed class DepartmentGenerationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-departamento-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Generar_municipios_writes_each_town_in_its_folder_with_its_entity_and_smaller_towns_without_a_sede()
    {
        var output = Path.Combine(_root, "departamento");

        var run = await CliRun.Of(_root, null, "generar", "--municipios", "3", "--peticiones", "600", "--sin-encuestas", "--salida", output);

        run.ExitCode.Should().Be(0, run.Error);
        var folders = new[] { ("villamaria", "Alcaldía de Villamaría"), ("chinchina", "Alcaldía de Chinchiná"), ("riosucio", "Alcaldía de Riosucio") };
        var sizes = new List<long>();
        foreach (var (folder, entity) in folders)
        {
            var profile = File.ReadAllText(Path.Combine(output, folder, "ventanilla-unica.json"));
            profile.Should().Contain($"\"entidad\": \"{entity}\"");
            // Lines of the CSV minus its header: the town's ventanilla única petitions.
            sizes.Add(File.ReadLines(Path.Combine(output, folder, "ventanilla-unica.csv"), System.Text.Encoding.Latin1).LongCount() - 1);
            run.Out.Should().Contain(entity);
        }
        sizes.Should().BeInDescendingOrder().And.OnlyContain(n => n > 0);
        File.Exists(Path.Combine(output, "villamaria", "sede-electronica.xlsx")).Should().BeTrue();
        File.Exists(Path.Combine(output, "riosucio", "sede-electronica.xlsx")).Should().BeFalse("the smaller half has only the ventanilla única");
    }

    [Fact]
    public async Task Demo_departamento_loads_every_town_as_its_own_entity_with_a_gobernacion_and_a_town_account()
    {
        var run = await CliRun.Of(_root, null, "demo", "--departamento", "--municipios", "2", "--peticiones", "1000", "--sin-servidor");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Usuario de la gobernación: demo").And.Contain("Usuario de un municipio: demo.municipio");
        var warehouse = Warehouse.DuckDbFile(Path.Combine(_root, "data", "indicadores.duckdb"));
        using (var connection = warehouse.OpenConnection())
        {
            var counts = connection.Query<(string Name, long Petitions)>(
                "SELECT e.name, CAST(count(*) AS BIGINT) FROM fct_petition f JOIN dim_entity e USING (entity_id) GROUP BY e.name ORDER BY 2 DESC").ToList();
            counts.Select(c => c.Name).Should().Equal("Alcaldía de Villamaría", "Alcaldía de Chinchiná");
        }
        var users = new AppUsers(warehouse);
        users.Find("demo")!.EntityName.Should().BeNull();
        users.Find("demo.municipio")!.EntityName.Should().Be("Alcaldía de Villamaría");
    }
}
