using System.Globalization;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// An installation folder (config/appsettings.json naming the entity) over a real test warehouse filled with
/// hand-made petitions. March 2024 at cut-off 2024-04-15; February holds the previous period's one petition.
/// </summary>
internal sealed class ReportInstallation : IDisposable
{
    public const string Entity = "Alcaldía de Prueba";
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Gobierno = "Secretaría de Gobierno";

    private ReportInstallation(TestWarehouse test, string root)
    {
        Test = test;
        Root = root;
    }

    public TestWarehouse Test { get; }

    public string Root { get; }

    public string Output(string name) => Path.Combine(Root, name);

    public string WarehouseArgument =>
        Test.Warehouse.Engine == WarehouseEngine.DuckDb ? Test.Warehouse.Description : Test.Warehouse.ConnectionString;

    public static ReportInstallation Create(WarehouseEngine engine, int extraDependencies = 0)
    {
        var test = TestWarehouse.Create(engine);
        var root = Directory.CreateTempSubdirectory("indicadores-informes-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "config"));
        File.WriteAllText(Path.Combine(root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Entidad": "{{{Entity}}}"}}""");
        Load(test.Warehouse, extraDependencies);
        return new ReportInstallation(test, root);
    }

    private static void Load(Warehouse warehouse, int extraDependencies)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity(Entity);
        var hacienda = fixture.Dependency(entity, Hacienda);
        var gobierno = fixture.Dependency(entity, Gobierno);
        var taxes = fixture.Topic(entity, "Impuesto predial");
        var roads = fixture.Topic(entity, "Vías");
        fixture.Add(
            new("H-1", entity, hacienda, D("2024-03-01"), D("2024-03-22")) { AnsweredOn = D("2024-03-15"), DaysToAnswer = 10, Topic = taxes },
            new("H-2", entity, hacienda, D("2024-03-04"), D("2024-03-26")) { AnsweredOn = D("2024-04-03"), DaysToAnswer = 20, Topic = taxes, Type = "queja" },
            new("H-3", entity, hacienda, D("2024-03-05"), D("2024-03-27")) { Topic = taxes },
            new("H-4", entity, hacienda, D("2024-03-26"), D("2024-04-18")) { Channel = "presencial" },
            new("G-1", entity, gobierno, D("2024-03-06"), D("2024-03-28")) { Channel = "telefonico", AnsweredOn = D("2024-03-14"), DaysToAnswer = 6, Topic = roads, Transferred = true },
            new("G-2", entity, gobierno, D("2024-03-07"), null) { Type = "felicitacion", AnsweredOn = D("2024-03-08") },
            new("H-0", entity, hacienda, D("2024-02-05"), D("2024-02-26")) { AnsweredOn = D("2024-02-20"), DaysToAnswer = 11 });
        // More dependencies for the benchmark's Comité pack: each with a few petitions, some late.
        var petitions = new List<FixturePetition>();
        for (var i = 1; i <= extraDependencies; i++)
        {
            var dependency = fixture.Dependency(entity, $"Dependencia {i:00}");
            for (var j = 0; j < 20; j++)
            {
                var filed = D("2024-03-01").AddDays(j);
                var days = 3 + (i + j) % 20;
                petitions.Add(new($"D{i}-{j}", entity, dependency, filed, filed.AddDays(21))
                {
                    AnsweredOn = j % 5 == 0 ? null : filed.AddDays(days), DaysToAnswer = j % 5 == 0 ? null : days,
                    Topic = j % 2 == 0 ? taxes : roads,
                });
            }
        }
        if (petitions.Count > 0)
            fixture.Add([.. petitions]);
    }

    public void Dispose()
    {
        Test.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
