using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// The bulk writers and the merge scripts take fct_petition's and stg_petition's columns from one description
/// (<see cref="PetitionTables"/>). A migration that adds, drops, renames, retypes or moves a column must fail here,
/// on either engine, rather than append values into the wrong columns.
/// </summary>
public sealed class PetitionTablesTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void The_fact_table_has_exactly_the_described_columns_in_order_and_type(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        TableCatalogue.Columns(test.Warehouse, "fct_petition").Should().Equal(TableCatalogue.Described(PetitionTables.Fact, engine));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_staging_table_has_exactly_the_described_columns_in_order_and_type(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        TableCatalogue.Columns(test.Warehouse, "stg_petition").Should().Equal(TableCatalogue.Described(PetitionTables.Staging, engine));
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_intermediate_view_gives_every_column_the_merge_takes_from_it(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var view = TableCatalogue.Columns(test.Warehouse, "int_staged_petition").Select(c => c.Name).ToList();
        view.Should().Equal(["run_id", .. PetitionTables.Fact.Group(PetitionTables.Key), .. PetitionTables.Fact.Group(PetitionTables.Attributes)]);
    }

    [Fact]
    public void The_merge_scripts_have_every_column_list_expanded()
    {
        foreach (var script in new[] { "etl/insert_new_petitions.sql", "etl/update_changed_petitions.sql" })
            foreach (var statement in PetitionTables.Script(script))
            {
                statement.Should().NotContain("{").And.Contain("outcome_code").And.Contain("petitioner_hash");
                statement.Should().NotContain("entity_id = s.entity_id", "the key is never rewritten");
            }
    }
}
