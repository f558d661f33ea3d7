using IndicadoresServicio.Etl.Paac;
using IndicadoresServicio.Etl.Plan;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// The survey, PAAC and plan loads take each table's columns from one description (<see cref="SurveyTables"/>,
/// <see cref="PaacTables"/>, <see cref="PlanTables"/>). A migration that adds, drops, renames, retypes or moves a
/// column must fail here, on either engine, rather than leave a column the loads never write.
/// </summary>
public sealed class DatasetTablesTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void The_survey_tables_have_exactly_the_described_columns_in_order_and_type(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        ShouldMatch(test.Warehouse, engine, SurveyTables.Response);
        ShouldMatch(test.Warehouse, engine, SurveyTables.Answer);
        ShouldMatch(test.Warehouse, engine, SurveyTables.Comment);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_paac_tables_have_exactly_the_described_columns_in_order_and_type(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        ShouldMatch(test.Warehouse, engine, PaacTables.Activity);
        ShouldMatch(test.Warehouse, engine, PaacTables.FollowUp);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_plan_tables_have_exactly_the_described_columns_in_order_and_type(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        ShouldMatch(test.Warehouse, engine, PlanTables.Goal);
        ShouldMatch(test.Warehouse, engine, PlanTables.Value);
    }

    [Fact]
    public void A_new_row_leaves_its_id_to_the_sequence_and_writes_every_other_column()
    {
        PaacTables.NewActivity.Names.Should().Equal(PaacTables.Activity.Names.Skip(1));
        PlanTables.NewGoal.Names.Should().Equal(PlanTables.Goal.Names.Skip(1));
    }

    private static void ShouldMatch<TRow>(Warehouse warehouse, WarehouseEngine engine, BulkTable<TRow> table) =>
        TableCatalogue.Columns(warehouse, table.Name).Should().Equal(TableCatalogue.Described(table, engine), table.Name);
}
