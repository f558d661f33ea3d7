using Dapper;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// The measures trust fct_petition.outcome_code for every petition answered by the cut-off, so each way the ETL
/// writes a petition (the first load's bulk path, the merge's insert and its update) must keep it in step with the
/// stored dates.
/// </summary>
public sealed class OutcomeCodeTests : IDisposable
{
    private readonly LoadFixture _fixture = new();

    public static TheoryEngines Engines => TestWarehouse.Engines;

    public void Dispose() => _fixture.Dispose();

    [Theory, MemberData(nameof(Engines))]
    public void Every_load_path_stores_the_outcome_code_of_the_petitions_dates(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        // First load (bulk path): all open, one felicitación.
        _fixture.Load(test.Warehouse, _fixture.WriteExport("abiertas.csv",
            "2024-0001;01/04/2024;DERECHO DE PETICION;VENTANILLA;HACIENDA;Impuestos;;;;NO;;;;",
            "2024-0002;01/04/2024;QUEJA;VENTANILLA;HACIENDA;Impuestos;;;;NO;;;;",
            "2024-0003;01/04/2024;FELICITACION;VENTANILLA;HACIENDA;Impuestos;;;;NO;;;;"));
        var open = Codes(test.Warehouse);
        open.Values.Should().Equal(PetitionOutcome.NotAnswered + 8, PetitionOutcome.NotAnswered + 8, PetitionOutcome.NoTerm + 8);

        // A later export answers two, one on time and one late, and adds a new one answered (merge: update and insert).
        _fixture.Load(test.Warehouse, _fixture.WriteExport("respondidas.csv",
            "2024-0001;01/04/2024;DERECHO DE PETICION;VENTANILLA;HACIENDA;Impuestos;05/04/2024;;;NO;;;;",
            "2024-0002;01/04/2024;QUEJA;VENTANILLA;HACIENDA;Impuestos;30/05/2024;;;NO;;;;",
            "2024-0003;01/04/2024;FELICITACION;VENTANILLA;HACIENDA;Impuestos;;;;NO;;;;",
            "2024-0004;02/04/2024;QUEJA;VENTANILLA;HACIENDA;Impuestos;03/04/2024;;;NO;;;;"));

        var answered = Codes(test.Warehouse);
        answered.Keys.Should().Equal("2024-0001", "2024-0002", "2024-0003", "2024-0004");
        answered["2024-0001"].Should().Be(PetitionOutcome.AnsweredOnTime + 8 * (4 + 2), "answered four business days after 01/04");
        (answered["2024-0002"] % 8).Should().Be(PetitionOutcome.AnsweredLate);
        answered["2024-0003"].Should().Be(PetitionOutcome.NoTerm + 8);
        answered["2024-0004"].Should().Be(PetitionOutcome.AnsweredOnTime + 8 * (1 + 2));
        using var connection = test.Warehouse.OpenConnection();
        foreach (var row in connection.Query<(string Radicado, int? Term, DateOnly? Due, DateOnly? Answered, int? Days, int Code)>(
                     "SELECT radicado, term_days, effective_due_on, answered_on, business_days_to_answer, outcome_code FROM fct_petition"))
            row.Code.Should().Be(PetitionOutcome.Code(row.Term, row.Due, row.Answered, row.Days), row.Radicado);
    }

    private static SortedDictionary<string, int> Codes(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return new SortedDictionary<string, int>(connection.Query<(string Radicado, int Code)>("SELECT radicado, outcome_code FROM fct_petition")
            .ToDictionary(r => r.Radicado, r => r.Code), StringComparer.Ordinal);
    }
}
