using Dapper;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

/// <summary>
/// PQ-PEND's window is worked out from the national calendar instead of being looked up in dim_date before each
/// measure; it must give exactly what dim_date says, around holidays, weekends and the dimension's last day.
/// </summary>
public sealed class AlertWindowTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void The_window_ends_where_dim_date_says_for_every_cut_off_and_length(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();

        // The definition, over dim_date: the last day at most n business days after the cut-off.
        var expected = connection.Query<(DateOnly CutOff, int Days, DateOnly End)>("""
            SELECT c.full_date, w.n, (SELECT max(d.full_date) FROM dim_date d WHERE d.business_day_index <= c.business_day_index + w.n)
            FROM dim_date c, (SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 5 UNION ALL SELECT 10) w
            WHERE c.full_date BETWEEN DATE '2024-03-15' AND DATE '2024-04-10'
               OR c.full_date BETWEEN DATE '2024-12-20' AND DATE '2025-01-15'
               OR c.full_date >= DATE '2100-12-10'
            """).ToList();

        expected.Should().HaveCountGreaterThan(200);
        foreach (var (cutOff, days, end) in expected)
            AlertWindow.End(cutOff, days).Should().Be(end, $"corte {cutOff:O}, {days} días hábiles");
    }

    [Fact]
    public void A_cut_off_outside_the_date_dimension_has_no_window_and_a_huge_one_ends_with_it()
    {
        AlertWindow.End(DateDimension.Last.AddDays(1), 5).Should().BeNull();
        AlertWindow.End(DateDimension.First.AddDays(-1), 5).Should().BeNull();
        AlertWindow.End(new DateOnly(2024, 6, 28), 1_000_000).Should().Be(DateDimension.Last);
        // Friday 2024-03-22: Monday 25 is San José (moved), Thursday 28 and Friday 29 are Holy Week, so the business
        // days after are 26, 27, April 1, 2 and 3: the window ends on Wednesday 2024-04-03.
        AlertWindow.End(new DateOnly(2024, 3, 22), 5).Should().Be(new DateOnly(2024, 4, 3));
    }
}
