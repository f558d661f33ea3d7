using Dapper;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

/// <summary>The petition status rule is written once in C# and once per engine in SQL: the two must agree.</summary>
public sealed class StatusRuleTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly DateOnly Due = new(2024, 3, 20);

    [Theory, MemberData(nameof(Engines))]
    public void The_warehouse_status_function_says_what_the_rule_in_code_says_for_every_case(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();
        var cutOffs = new[] { Due.AddDays(-1), Due, Due.AddDays(1) };
        var answers = new DateOnly?[] { null, Due.AddDays(-3), Due, Due.AddDays(1), Due.AddDays(5) };
        var cases =
            from term in new int?[] { null, 15 }
            from due in new DateOnly?[] { null, Due }
            from answered in answers
            from cutOff in cutOffs
            select (term, due, answered, cutOff);

        foreach (var (term, due, answered, cutOff) in cases)
        {
            var inSql = connection.QuerySingle<string>(test.Warehouse.Sql(
                "SELECT petition_status(CAST(@term AS INTEGER), CAST(@due AS DATE), CAST(@answered AS DATE), CAST(@cutOff AS DATE))"),
                new { term, due, answered, cutOff });

            inSql.Should().Be(PetitionStatuses.Code(PetitionStatuses.StatusAt(term, due, answered, cutOff)),
                $"term {term}, due {due}, answered {answered}, cut-off {cutOff}");
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_listing_counts_each_status_as_the_panel_does(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

        var listed = PetitionListing.List(test.Warehouse, Request(), 100).First
            .GroupBy(p => PetitionStatuses.FromCode(p.Status)!.Value).ToDictionary(g => g.Key, g => g.Count());
        int Listed(PetitionStatus status) => listed.GetValueOrDefault(status);
        var panel = IndicatorPanel.Measure(test.Warehouse, Request(), Targets.Defaults).Results.ToDictionary(r => r.Code, r => r.Current);

        // The cohort's table, by hand: R1 R3 R9 oportunos, R2 no oportuno, R4 R8 vencidos, R5 R6 a tiempo, R7 no term.
        listed.Should().Equal(new Dictionary<PetitionStatus, int>
        {
            [PetitionStatus.Oportuno] = 3, [PetitionStatus.NoOportuno] = 1, [PetitionStatus.Vencido] = 2,
            [PetitionStatus.ATiempo] = 2, [PetitionStatus.SinTermino] = 1,
        });
        panel[IndicatorCode.Volume].Numerator.Should().Be(listed.Values.Sum());
        panel[IndicatorCode.OnTime].Numerator.Should().Be(Listed(PetitionStatus.Oportuno));
        panel[IndicatorCode.OnTime].Denominator.Should().Be(Listed(PetitionStatus.Oportuno) + Listed(PetitionStatus.NoOportuno));
        panel[IndicatorCode.Overdue].Numerator.Should().Be(Listed(PetitionStatus.NoOportuno) + Listed(PetitionStatus.Vencido));
        panel[IndicatorCode.Overdue].Denominator.Should().Be(listed.Values.Sum() - Listed(PetitionStatus.SinTermino));
    }
}
