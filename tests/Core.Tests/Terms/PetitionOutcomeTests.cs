using Dapper;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Core.Tests.Terms;

/// <summary>
/// fct_petition.outcome_code has two definitions: the warehouse's petition_outcome_code(...) (migration 0007, used
/// by the merge and to fill existing rows) and PetitionOutcome.Code (the bulk writers). A petition must get the
/// same code whichever path loaded it, or the measures would count it differently.
/// </summary>
public sealed class PetitionOutcomeTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly DateOnly Due = new(2024, 3, 20);

    private static IEnumerable<(int? Term, DateOnly? Due, DateOnly? Answered, int? Days)> Cases() =>
        from term in new int?[] { null, 15 }
        from due in new DateOnly?[] { null, Due }
        from answered in new DateOnly?[] { null, Due.AddDays(-1), Due, Due.AddDays(1) }
        from days in new int?[] { null, 0, 3, 400 }
        select (term, due, answered, days);

    [Fact]
    public void The_code_keeps_the_kind_in_its_low_three_bits_and_the_response_time_plus_two_above_them()
    {
        PetitionOutcome.Code(15, Due, Due, 10).Should().Be(PetitionOutcome.AnsweredOnTime + 8 * 12);
        PetitionOutcome.Code(15, Due, Due.AddDays(1), 11).Should().Be(PetitionOutcome.AnsweredLate + 8 * 13);
        PetitionOutcome.Code(15, Due, Due.AddDays(1), 0).Should().Be(PetitionOutcome.AnsweredLate + 8 * 2);
        PetitionOutcome.Code(15, Due, null, null).Should().Be(PetitionOutcome.NotAnswered + 8);
        PetitionOutcome.Code(null, null, Due, 2).Should().Be(PetitionOutcome.NoTerm + 8 * 4);
        PetitionOutcome.Code(null, null, Due, null).Should().Be(PetitionOutcome.NoTerm + 8, "no response time: slot 1");
        PetitionOutcome.Code(null, Due, null, null).Should().Be(PetitionOutcome.NoTerm + 8, "a felicitación has no term even with a stray due date");
        PetitionOutcome.Code(15, null, Due, 4).Should().Be(PetitionOutcome.NoDueDate + 8 * 6);
        Cases().Select(c => PetitionOutcome.Code(c.Term, c.Due, c.Answered, c.Days)).Should().OnlyContain(code => code >= 8,
            "the measures keep the codes 0 to 7 for the statuses of open petitions");
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_warehouse_function_and_the_bulk_writers_give_every_petition_the_same_code(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();

        foreach (var c in Cases())
        {
            var stored = connection.ExecuteScalar<int>(test.Warehouse.Sql("""
                SELECT petition_outcome_code(CAST(@term AS INTEGER), CAST(@due AS DATE), CAST(@answered AS DATE), CAST(@days AS INTEGER))
                """), new { term = c.Term, due = c.Due, answered = c.Answered, days = c.Days });

            stored.Should().Be(PetitionOutcome.Code(c.Term, c.Due, c.Answered, c.Days), c.ToString());
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public void Petitions_loaded_before_the_migration_get_their_codes_when_it_runs(WarehouseEngine engine)
    {
        using var test = TestWarehouse.CreateEmpty(engine);
        Migrator.Apply(test.Warehouse, upTo: 6);
        var fixture = new PetitionFixture(test.Warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var dependency = fixture.Dependency(entity, "Secretaría de Gobierno");
        var cases = Cases().ToList();
        using (var connection = test.Warehouse.OpenConnection())
        {
            var i = 0;
            foreach (var c in cases)
                connection.Execute(test.Warehouse.Sql("""
                    INSERT INTO fct_petition (entity_id, radicado, source, type_id, channel_id, dependency_id, filed_on,
                        filed_date_key, term_days, effective_due_on, answered_on, business_days_to_answer, row_hash, loaded_at, updated_at)
                    VALUES (@entity, @radicado, 'prueba', (SELECT min(type_id) FROM dim_petition_type), (SELECT min(channel_id) FROM dim_channel),
                        @dependency, @filed, 20240301, @term, @due, @answered, @days, 'h', @filed, @filed)
                    """), new
                {
                    entity, dependency, radicado = $"R{i++}", filed = new DateTime(2024, 3, 1), term = c.Term, due = c.Due,
                    answered = c.Answered, days = c.Days,
                });
        }

        Migrator.Apply(test.Warehouse).Applied.Select(m => m.Version).Should().Contain(7);

        using var read = test.Warehouse.OpenConnection();
        var codes = read.Query<(string Radicado, int? Code)>("SELECT radicado, outcome_code FROM fct_petition")
            .ToDictionary(r => r.Radicado, r => r.Code);
        codes.Should().HaveCount(cases.Count);
        for (var i = 0; i < cases.Count; i++)
            codes[$"R{i}"].Should().Be(PetitionOutcome.Code(cases[i].Term, cases[i].Due, cases[i].Answered, cases[i].Days), cases[i].ToString());
    }
}
