using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// The Comité pack over a warehouse with two alcaldías that both have a «Secretaría de Hacienda» (a gobernación's
/// warehouse): it used to abort (rc 134, «An item with the same key has already been added. Key: PQ-VOL»). Each
/// entity's Hacienda is its own row. By hand: Aguadas' Hacienda 2 filed in March 2024, one answered in term, one late
/// (50,0 %); Salamina's 3, all in term (100,0 %). Written as Word: the Comité edits its pack too. The annual report
/// of the same warehouse keeps them apart as well.
/// </summary>
public sealed class CommitteeEntitiesTests
{
    public static TheoryData<WarehouseEngine> Engines => ReportCommandTests.Engines;

    [Theory, MemberData(nameof(Engines))]
    public async Task Two_entities_with_the_same_dependency_name_get_a_row_each_in_the_comite_pack_and_the_annual_report(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var fixture = new PetitionFixture(test.Warehouse);
        var aguadas = fixture.Entity("Alcaldía de Aguadas");
        var salamina = fixture.Entity("Alcaldía de Salamina");
        var haciendaA = fixture.Dependency(aguadas, "Secretaría de Hacienda");
        var haciendaS = fixture.Dependency(salamina, "Secretaría de Hacienda");
        fixture.Add(
            new("A-1", aguadas, haciendaA, D(4), D(25)) { AnsweredOn = D(11), DaysToAnswer = 5 },
            new("A-2", aguadas, haciendaA, D(5), D(26)) { AnsweredOn = D(28), DaysToAnswer = 17 },
            new("S-1", salamina, haciendaS, D(4), D(25)) { AnsweredOn = D(8), DaysToAnswer = 4 },
            new("S-2", salamina, haciendaS, D(6), D(27)) { AnsweredOn = D(12), DaysToAnswer = 4 },
            new("S-3", salamina, haciendaS, D(7), D(28)) { AnsweredOn = D(13), DaysToAnswer = 4 });
        var root = Directory.CreateTempSubdirectory("indicadores-comite-").FullName;
        try
        {
            var docx = Path.Combine(root, "comite.docx");
            var run = await CliRun.Of(root, null, "informe", "comite", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-04-15",
                "--salida", docx, "--bd", engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString);

            run.ExitCode.Should().Be(0, run.Error);
            var w = WordText.Read(docx);
            w.ValidationErrors.Should().BeEmpty();
            w.Row("Secretaría de Hacienda (Alcaldía de Aguadas)").Should().ContainInOrder("2", "50,0 %", "Rojo");
            w.Row("Secretaría de Hacienda (Alcaldía de Salamina)").Should().ContainInOrder("3", "100,0 %", "Verde");
            w.Headings("Heading1").Should().Contain("Dependencias (2)").And.Contain("Riesgo de vencimiento en las próximas cuatro semanas");

            // The annual report of the same warehouse (a gobernación's) keeps them apart too.
            var annual = Path.Combine(root, "anual.docx");
            var yearRun = await CliRun.Of(root, null, "informe", "anual", "--vigencia", "2024", "--corte", "2025-01-15",
                "--salida", annual, "--bd", engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString);
            yearRun.ExitCode.Should().Be(0, yearRun.Error);
            var year = WordText.Read(annual);
            year.Row("Secretaría de Hacienda (Alcaldía de Aguadas)").Should().ContainInOrder("2", "50,0 %", "Rojo");
            year.Row("Secretaría de Hacienda (Alcaldía de Salamina)").Should().ContainInOrder("3", "100,0 %", "Verde");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static DateOnly D(int marchDay) => new(2024, 3, marchDay);
}
